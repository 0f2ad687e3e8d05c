// One printout drawn as it comes out of the printer, from the hub's reading of the bytes sent: each line at its
// size, alignment and weight on paper as wide as the profile's columns, a line printed as an image dot for dot, the
// QR code as a box holding its link, the cut as a dashed line. Classes only: the hub's CSP allows no inline style
// attribute (an image's size is set through the DOM, which the CSP does not govern).
import { useEffect, useRef } from 'preact/hooks';
import type { PreviewItem } from '../../common/schemas/printer.ts';
import { useI18n } from '../../ui/i18n.tsx';

/** One Font A character, one ch of the paper, is 12 dots wide. */
const DOTS_PER_CH = 12;
const inCh = (dots: number) => `${dots / DOTS_PER_CH}ch`;

function PaperImage({ image, label }: { image: Extract<PreviewItem, { kind: 'image' }>; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const rows = Uint8Array.from(atob(image.rows), (c) => c.charCodeAt(0));
    const [width, height, rowBytes] = [image.width * image.scaleX, image.height * image.scaleY, image.width / 8];
    const pixels = context.createImageData(width, height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const [dx, dy] = [Math.floor(x / image.scaleX), Math.floor(y / image.scaleY)];
        const ink = (rows[dy * rowBytes + (dx >> 3)]! >> (7 - (dx & 7))) & 1;
        pixels.data.set(ink ? [0, 0, 0, 255] : [0, 0, 0, 0], (y * width + x) * 4);
      }
    context.putImageData(pixels, 0, 0);
    element.style.width = inCh(width);
    element.style.height = inCh(height);
  }, [image]);
  return (
    <p class={`paper__line paper__line--${image.align}`}>
      <canvas ref={canvas} class="paper__image" width={image.width * image.scaleX} height={image.height * image.scaleY} role="img" aria-label={label} />
    </p>
  );
}

function PaperGap({ dots }: { dots: number }) {
  const gap = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (gap.current) gap.current.style.height = inCh(dots);
  }, [dots]);
  return <div ref={gap} class="paper__gap" />;
}

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
          case 'image':
            return <PaperImage key={i} image={item} label={t('printer.image', { width: item.width * item.scaleX, height: item.height * item.scaleY })} />;
          case 'gap':
            return <PaperGap key={i} dots={item.dots} />;
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
