// The ESC/POS command bytes Lotsa sends, in one place (Epson's ESC/POS reference; TM-T20/TM-T88 and the clones that
// copy them). Every encoder, decoder and status query spells its commands with these names, never with loose bytes.

export const LF = 0x0a;
export const ESC = 0x1b;
export const GS = 0x1d;
export const DLE = 0x10;

/** ESC @: forget every mode set before (size, emphasis, alignment, code page). */
export const INITIALISE = [ESC, 0x40] as const;
/** ESC t n: the character code table that bytes 0x80–0xFF print from. */
export const SELECT_CODE_TABLE = [ESC, 0x74] as const;
/** ESC a n: 0 left, 1 centre, 2 right; applies to the line it starts. */
export const JUSTIFY = [ESC, 0x61] as const;
/** ESC E n: emphasised (bold) on when the low bit is 1. */
export const EMPHASIS = [ESC, 0x45] as const;
/** GS ! n: width multiplier − 1 in the high nibble, height multiplier − 1 in the low one (1–8 each). */
export const CHARACTER_SIZE = [GS, 0x21] as const;
/** ESC d n: print what is buffered and feed n lines. */
export const FEED_LINES = [ESC, 0x64] as const;
/** ESC J n: print what is buffered and feed n vertical motion units (a dot at a 203 dpi printer's default). */
export const FEED_DOTS = [ESC, 0x4a] as const;
/** GS v 0 m xL xH yL yH d…: a raster bit image of (xL + xH·256) bytes across and (yL + yH·256) dots down, the top row
 *  first, the leftmost dot in each byte's high bit. Justified by ESC a like any line. */
export const RASTER_IMAGE = [GS, 0x76, 0x30] as const;
/** GS v 0's m: each image dot printed 1 or 2 dots wide (low bit) and 1 or 2 dots tall (next bit); 48–51 mean 0–3. */
export const RASTER_NORMAL = 0;
export const RASTER_DOUBLE_WIDTH = 1;
/** GS V 66 n: feed to the cutter (plus n motion units) and cut leaving a hinge, so the last line is not cut off. */
export const FEED_AND_PARTIAL_CUT = [GS, 0x56, 0x42] as const;
/** GS ( k: the 2D code commands; cn 49 is QR Code. */
export const QR_PREFIX = [GS, 0x28, 0x6b] as const;
export const QR_CN = 0x31;
export const QR_FN_MODEL = 0x41;
export const QR_FN_MODULE_SIZE = 0x43;
export const QR_FN_ERROR_CORRECTION = 0x45;
export const QR_FN_STORE = 0x50;
export const QR_FN_PRINT = 0x51;
/** fn 65's n1 for model 2, the model every phone reads. */
export const QR_MODEL_2 = 0x32;
/** fn 80's m, fn 81's m: always 48. */
export const QR_M = 0x30;
/** GS ( k store takes at most this many data bytes (pL + pH·256 = k + 3). */
export const QR_MAX_STORE_BYTES = 7089;
/** GS ( L fn 69: print the NV graphics stored under a two-character key (the logo, sent once at set-up). */
export const NV_GRAPHICS_PRINT = [GS, 0x28, 0x4c, 0x06, 0x00, 0x30, 0x45] as const;

/** DLE EOT n: real-time status, answered at once even while the printer is busy or out of paper. */
export const REALTIME_STATUS = [DLE, 0x04] as const;
export const STATUS_PRINTER = 1;
export const STATUS_OFFLINE_CAUSE = 2;
export const STATUS_ROLL_PAPER = 4;
/** GS r 1: paper sensor status, answered only when the printer reaches it in the data stream — after the cut before
 *  it has been printed, which is what makes it the job's receipt. */
export const TRANSMIT_PAPER_STATUS = [GS, 0x72, 0x01] as const;
/** DLE DC4 fn 8: real-time "clear buffers" (TM-T20II, TM-T88V and later): drops a job the printer is holding while
 *  out of paper, so it does not come out when the paper is changed an hour later. Answered with 37 25 00. */
export const CLEAR_BUFFERS = [DLE, 0x14, 0x08, 0x01, 0x03, 0x14, 0x01, 0x06, 0x02, 0x08] as const;
export const CLEAR_BUFFERS_ANSWER_LENGTH = 3;
