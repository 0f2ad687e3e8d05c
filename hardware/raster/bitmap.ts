// A 1-bit picture of printed text and the ESC/POS raster image that carries it. Cropped to its ink before it is sent:
// every blank dot costs wire time (a full 576-dot row is 72 bytes), so a short line travels as a narrow image and the
// printer's justification centres it.

export interface Bitmap {
  width: number;
  height: number;
  /** Row-major, one byte per dot, 1 = ink. */
  dots: Uint8Array;
}

export const blankBitmap = (width: number, height: number): Bitmap => ({ width, height, dots: new Uint8Array(width * height) });

export const inkCount = (bitmap: Bitmap): number => bitmap.dots.reduce((sum, d) => sum + d, 0);

/** The smallest bitmap holding every inked dot; an empty picture becomes 1×1 blank (a line with nothing to print). */
export function cropToInk(bitmap: Bitmap): Bitmap {
  let left = bitmap.width, right = -1, top = bitmap.height, bottom = -1;
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (!bitmap.dots[y * bitmap.width + x]) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) return blankBitmap(1, 1);
  const out = blankBitmap(right - left + 1, bottom - top + 1);
  for (let y = 0; y < out.height; y++) out.dots.set(bitmap.dots.subarray((top + y) * bitmap.width + left, (top + y) * bitmap.width + right + 1), y * out.width);
  return out;
}

/** Rows of ceil(width / 8) bytes, the leftmost dot in the high bit: the data of GS v 0. */
export function packRows(bitmap: Bitmap): Uint8Array {
  const rowBytes = Math.ceil(bitmap.width / 8);
  const out = new Uint8Array(rowBytes * bitmap.height);
  for (let y = 0; y < bitmap.height; y++)
    for (let x = 0; x < bitmap.width; x++) if (bitmap.dots[y * bitmap.width + x]) out[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
  return out;
}

/** The reverse of packRows, for reading a printout back. */
export function unpackRows(rows: Uint8Array, rowBytes: number, height: number): Bitmap {
  const bitmap = blankBitmap(rowBytes * 8, height);
  for (let y = 0; y < height; y++) for (let x = 0; x < rowBytes * 8; x++) bitmap.dots[y * bitmap.width + x] = (rows[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1;
  return bitmap;
}
