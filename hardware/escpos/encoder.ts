// ESC/POS commands as pure functions: each returns the bytes of one command, nothing is sent anywhere. The printer
// driver and the virtual printer write what these return; the tests compare them byte for byte with the manual.
import * as C from './commands.ts';
import { CODE_PAGES, transcode, type CodePageName } from './codePages.ts';
import { packRows, type Bitmap } from '../raster/bitmap.ts';

export type Align = 'left' | 'center' | 'right';
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

const bytes = (...parts: readonly (number | readonly number[])[]): Uint8Array => Uint8Array.from(parts.flat());

export function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export const initialise = (): Uint8Array => bytes(C.INITIALISE);

export const selectCodePage = (codePage: CodePageName): Uint8Array => bytes(C.SELECT_CODE_TABLE, CODE_PAGES[codePage].escposNumber);

/** One line of text in the code page, ended by LF (which prints it). */
export const textLine = (text: string, codePage: CodePageName): Uint8Array => join([transcode(text, codePage), bytes(C.LF)]);

export const ALIGN_CODES: Record<Align, number> = { left: 0, center: 1, right: 2 };
export const align = (to: Align): Uint8Array => bytes(C.JUSTIFY, ALIGN_CODES[to]);

export const emphasis = (on: boolean): Uint8Array => bytes(C.EMPHASIS, on ? 1 : 0);

export function size(width: number, height: number): Uint8Array {
  for (const m of [width, height]) if (!Number.isInteger(m) || m < 1 || m > 8) throw new RangeError(`character size multipliers run from 1 to 8, got ${m}`);
  return bytes(C.CHARACTER_SIZE, ((width - 1) << 4) | (height - 1));
}

export const feed = (lines: number): Uint8Array => bytes(C.FEED_LINES, Math.max(0, Math.min(255, lines)));

export const feedDots = (dots: number): Uint8Array => bytes(C.FEED_DOTS, Math.max(0, Math.min(255, dots)));

/** The bitmap as one raster image (GS v 0), at most 65 535 bytes across and dots down; doubled in width by the
 *  printer when asked, which halves the bytes of a picture drawn at half the horizontal resolution. */
export function rasterImage(bitmap: Bitmap, options: { doubleWidth: boolean }): Uint8Array {
  const rowBytes = Math.ceil(bitmap.width / 8);
  if (rowBytes > 0xffff || bitmap.height > 0xffff || bitmap.height < 1) throw new RangeError(`a raster image is 1 to 65535 bytes across and dots down, got ${rowBytes}×${bitmap.height}`);
  const mode = options.doubleWidth ? C.RASTER_DOUBLE_WIDTH : C.RASTER_NORMAL;
  return join([bytes(C.RASTER_IMAGE, mode, rowBytes & 0xff, rowBytes >> 8, bitmap.height & 0xff, bitmap.height >> 8), packRows(bitmap)]);
}

export const partialCut = (): Uint8Array => bytes(C.FEED_AND_PARTIAL_CUT, 0);

export const printStoredLogo = (key: string): Uint8Array => {
  if (!/^[\x20-\x7e]{2}$/.test(key)) throw new RangeError(`an NV graphics key is two printable ASCII characters, got "${key}"`);
  return bytes(C.NV_GRAPHICS_PRINT, key.charCodeAt(0), key.charCodeAt(1), 1, 1);
};

export const QR_ERROR_CODES: Record<QrErrorCorrection, number> = { L: 48, M: 49, Q: 50, H: 51 };

const qrFunction = (fn: number, ...params: number[]): Uint8Array => {
  const length = params.length + 2;
  return bytes(C.QR_PREFIX, length & 0xff, length >> 8, C.QR_CN, fn, params);
};

/** The printer's own QR Code, model 2: set up, store the payload, print it. A few dozen bytes where a raster image of
 *  the same code would be kilobytes — seconds on a 9600 baud line. */
export function qr(payload: string, options: { moduleSize: number; errorCorrection: QrErrorCorrection }): Uint8Array {
  const data = new TextEncoder().encode(payload);
  if (data.length < 1 || data.length > C.QR_MAX_STORE_BYTES) throw new RangeError(`a QR payload is 1 to ${C.QR_MAX_STORE_BYTES} bytes, got ${data.length}`);
  if (!Number.isInteger(options.moduleSize) || options.moduleSize < 1 || options.moduleSize > 16) throw new RangeError(`QR module size runs from 1 to 16 dots, got ${options.moduleSize}`);
  return join([
    qrFunction(C.QR_FN_MODEL, C.QR_MODEL_2, 0),
    qrFunction(C.QR_FN_MODULE_SIZE, options.moduleSize),
    qrFunction(C.QR_FN_ERROR_CORRECTION, QR_ERROR_CODES[options.errorCorrection]),
    qrFunction(C.QR_FN_STORE, C.QR_M, ...data),
    qrFunction(C.QR_FN_PRINT, C.QR_M),
  ]);
}

export const realtimeStatus = (n: 1 | 2 | 4): Uint8Array => bytes(C.REALTIME_STATUS, n);
export const transmitPaperStatus = (): Uint8Array => bytes(C.TRANSMIT_PAPER_STATUS);
export const clearBuffers = (): Uint8Array => bytes(C.CLEAR_BUFFERS);
