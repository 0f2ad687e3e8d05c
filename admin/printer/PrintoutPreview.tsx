// One printout drawn as it comes out of the printer, from the hub's reading of the bytes sent: each line at its
// size, alignment and weight on paper as wide as the profile's columns, the QR code as a box holding its link, the
// cut as a dashed line. Classes only: the hub's CSP allows no inline style.
import type { PreviewItem } from '../../common/schemas/printer.ts';
import { useI18n } from '../../ui/i18n.tsx';

export function PrintoutPreview({ items, columns }: { items: readonly PreviewItem[]; columns: number }) {
  const { t } = useI18n();
  return (
    <div class={`paper paper--columns-${columns}`}>
      {items.map((item, i) => {
        switch (item.kind) {
          case 'text':
            return (
              <p key={i} class={`paper__line paper__line--${item.align} paper__line--size-${Math.min(item.height, 4)}${item.bold ? ' paper__line--bold' : ''}`}>
                {item.text || '\u00a0'}
              </p>
            );
          case 'feed':
            return <div key={i} class={`paper__feed paper__feed--${Math.min(item.lines, 4)}`} />;
          case 'qr':
            return (
              <p key={i} class="paper__qr">
                {t('printer.qr', { payload: item.payload })}
              </p>
            );
          case 'logo':
            return (
              <p key={i} class="paper__logo">
                {t('printer.logo', { key: item.key })}
              </p>
            );
          case 'cut':
            return (
              <p key={i} class="paper__cut">
                {t('printer.cut')}
              </p>
            );
        }
      })}
    </div>
  );
}
