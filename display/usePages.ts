// Measures which rows of a list fit its box and turns its pages every few seconds. Rows are measured all together
// (in a layout effect, before the wall paints) whenever their content or the window changes, then only the current
// page is rendered.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { pageSlice, pageStarts } from './paging.ts';

/** Long enough to find one's number or service on a page read from the back of the room. */
export const PAGE_TURN_MS = 8_000;

export interface Pages<T> {
  /** The box whose height the rows share; its rows carry data-row. */
  boxRef: { current: HTMLElement | null };
  /** The rows to render now. */
  shown: T[];
  page: number;
  pages: number;
}

function useWindowSize(): string {
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  useEffect(() => {
    const onResize = () => setSize(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** `signature` changes whenever a row's text might change its height (names, numbers). */
export function usePages<T>(items: T[], signature: string): Pages<T> {
  const boxRef = useRef<HTMLElement | null>(null);
  const size = useWindowSize();
  const [starts, setStarts] = useState<number[] | null>(null);
  const [page, setPage] = useState(0);

  useLayoutEffect(() => setStarts(null), [signature, size]);
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (starts !== null || !box) return;
    const rows = [...box.querySelectorAll<HTMLElement>('[data-row]')];
    if (rows.length === 0) return setStarts([0]);
    const available = box.getBoundingClientRect().bottom - rows[0]!.getBoundingClientRect().top;
    setStarts(pageStarts(rows.map((row) => row.getBoundingClientRect().height), available));
  }, [starts, signature, size]);

  const pages = starts?.length ?? 1;
  useEffect(() => {
    if (pages < 2) return setPage(0);
    setPage((current) => (current < pages ? current : 0));
    const timer = setInterval(() => setPage((current) => (current + 1) % pages), PAGE_TURN_MS);
    return () => clearInterval(timer);
  }, [pages]);

  return { boxRef, shown: starts === null ? items : pageSlice(items, starts, Math.min(page, pages - 1)), page: Math.min(page, pages - 1), pages };
}
