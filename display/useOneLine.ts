// Keeps the latest call on one line: a long desk name shrinks the whole line (through --fit, which its sizes in em
// follow) instead of wrapping it or running off the wall.
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useOneLine(text: string) {
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const line = ref.current;
    if (!line) return;
    const fit = () => {
      line.style.setProperty('--fit', '1');
      const style = getComputedStyle(line);
      const padding = parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
      const room = line.clientWidth - padding;
      const needed = line.scrollWidth - padding;
      if (needed > room) line.style.setProperty('--fit', String(Math.floor((room / needed) * 1000) / 1000));
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [text]);
  return ref;
}
