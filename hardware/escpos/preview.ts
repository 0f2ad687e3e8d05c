// Reads ESC/POS bytes back the way a printer would lay them out on paper: the admin's preview is drawn from this, so
// what it shows is what the bytes hold, not what the layout code meant to send. Knows the commands Lotsa sends; any
// other byte sequence is an error rather than a guess.
import * as C from './commands.ts';
import { codePageByNumber, decodeText, type CodePageName } from './codePages.ts';
import { ALIGN_CODES, QR_ERROR_CODES, type Align, type QrErrorCorrection } from './encoder.ts';

export type PreviewItem =
  | { kind: 'text'; text: string; align: Align; bold: boolean; width: number; height: number }
  | { kind: 'feed'; lines: number }
  /** A raster image (GS v 0): `width` image dots (whole bytes) across, `height` down, each printed `scaleX` × `scaleY`
   *  paper dots; its rows packed as sent, in base64. */
  | { kind: 'image'; align: Align; width: number; height: number; scaleX: number; scaleY: number; rows: string }
  | { kind: 'gap'; dots: number }
  | { kind: 'qr'; payload: string; moduleSize: number; errorCorrection: QrErrorCorrection }
  | { kind: 'logo'; key: string }
  | { kind: 'cut' };

const startsWith = (bytes: Uint8Array, at: number, prefix: readonly number[]) => prefix.every((b, i) => bytes[at + i] === b);
const keyOf = <K extends string>(table: Record<K, number>, value: number | undefined): K | undefined =>
  (Object.keys(table) as K[]).find((k) => table[k] === value);

export function previewOf(bytes: Uint8Array): PreviewItem[] {
  const items: PreviewItem[] = [];
  const fresh = () => ({ align: 'left' as Align, bold: false, width: 1, height: 1, codePage: 'pc437' as CodePageName });
  let mode = fresh();
  const qr = { payload: '', moduleSize: 3, errorCorrection: 'L' as QrErrorCorrection };
  let text: number[] = [];
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`not a command the preview knows at byte ${at}: ${what}`);
  };
  const flushLine = () => {
    items.push({ kind: 'text', text: decodeText(text, mode.codePage), align: mode.align, bold: mode.bold, width: mode.width, height: mode.height });
    text = [];
  };
  while (at < bytes.length) {
    const byte = bytes[at]!;
    if (byte === C.LF) {
      flushLine();
      at += 1;
    } else if (byte >= 0x20) {
      text.push(byte);
      at += 1;
    } else if (startsWith(bytes, at, C.INITIALISE)) {
      mode = fresh();
      at += 2;
    } else if (startsWith(bytes, at, C.SELECT_CODE_TABLE)) {
      mode.codePage = codePageByNumber(bytes[at + 2]!) ?? fail(`code table ${bytes[at + 2]}`);
      at += 3;
    } else if (startsWith(bytes, at, C.JUSTIFY)) {
      mode.align = keyOf(ALIGN_CODES, bytes[at + 2]) ?? fail(`justification ${bytes[at + 2]}`);
      at += 3;
    } else if (startsWith(bytes, at, C.EMPHASIS)) {
      mode.bold = (bytes[at + 2]! & 1) === 1;
      at += 3;
    } else if (startsWith(bytes, at, C.CHARACTER_SIZE)) {
      mode.width = (bytes[at + 2]! >> 4) + 1;
      mode.height = (bytes[at + 2]! & 0x0f) + 1;
      at += 3;
    } else if (startsWith(bytes, at, C.FEED_LINES)) {
      items.push({ kind: 'feed', lines: bytes[at + 2]! });
      at += 3;
    } else if (startsWith(bytes, at, C.FEED_DOTS)) {
      items.push({ kind: 'gap', dots: bytes[at + 2]! });
      at += 3;
    } else if (startsWith(bytes, at, C.RASTER_IMAGE)) {
      const scale = bytes[at + 3]! & 0x03;
      const rowBytes = bytes[at + 4]! + (bytes[at + 5]! << 8);
      const height = bytes[at + 6]! + (bytes[at + 7]! << 8);
      const rows = bytes.subarray(at + 8, at + 8 + rowBytes * height);
      if (rows.length !== rowBytes * height) fail('GS v 0 cut short');
      items.push({ kind: 'image', align: mode.align, width: rowBytes * 8, height, scaleX: 1 + (scale & 1), scaleY: 1 + (scale >> 1), rows: Buffer.from(rows).toString('base64') });
      at += 8 + rows.length;
    } else if (startsWith(bytes, at, C.FEED_AND_PARTIAL_CUT)) {
      items.push({ kind: 'cut' });
      at += 4;
    } else if (startsWith(bytes, at, C.NV_GRAPHICS_PRINT)) {
      items.push({ kind: 'logo', key: String.fromCharCode(bytes[at + 7]!, bytes[at + 8]!) });
      at += 11;
    } else if (startsWith(bytes, at, C.QR_PREFIX)) {
      const length = bytes[at + 3]! + (bytes[at + 4]! << 8);
      const fn = bytes[at + 6];
      const params = bytes.subarray(at + 7, at + 5 + length);
      if (bytes[at + 5] !== C.QR_CN || params.length !== length - 2) fail('GS ( k that is not a whole QR command');
      if (fn === C.QR_FN_MODULE_SIZE) qr.moduleSize = params[0]!;
      else if (fn === C.QR_FN_ERROR_CORRECTION) qr.errorCorrection = keyOf(QR_ERROR_CODES, params[0]) ?? fail(`QR error correction ${params[0]}`);
      else if (fn === C.QR_FN_STORE) qr.payload = new TextDecoder().decode(params.subarray(1));
      else if (fn === C.QR_FN_PRINT) items.push({ kind: 'qr', ...qr });
      else if (fn !== C.QR_FN_MODEL) fail(`QR function ${fn}`);
      at += 5 + length;
    } else {
      fail(`0x${byte.toString(16).padStart(2, '0')}`);
    }
  }
  if (text.length > 0) flushLine();
  return items;
}
