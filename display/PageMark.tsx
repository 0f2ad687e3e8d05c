import { useI18n } from '../ui/i18n.tsx';

/** "1/2" beside a list's heading while its pages turn, so the room knows there is more to come. */
export function PageMark({ page, pages }: { page: number; pages: number }) {
  const { fmt } = useI18n();
  if (pages < 2) return null;
  return (
    <p class="page-mark">
      {fmt.count(page + 1)}/{fmt.count(pages)}
    </p>
  );
}
