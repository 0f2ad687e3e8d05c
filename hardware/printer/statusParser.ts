// What the printer's status bytes mean (Epson ESC/POS reference, DLE EOT and GS r). Pure, so every bit is tested
// without a printer.

export type PrinterCondition = 'ready' | 'paper-near-end' | 'paper-out' | 'cover-open' | 'offline';

/** The answers to DLE EOT 1, 2 and 4, in that order. */
export interface StatusAnswers {
  printer: number;
  offlineCause: number;
  rollPaper: number;
}

const bit = (byte: number, n: number) => (byte & (1 << n)) !== 0;

/** Every DLE EOT answer has bits 1 and 4 set and bits 0 and 7 clear: anything else is line noise or another answer. */
export const isRealtimeStatusByte = (byte: number): boolean => (byte & 0x93) === 0x12;

export function conditionOf({ printer, offlineCause, rollPaper }: StatusAnswers): PrinterCondition {
  if (![printer, offlineCause, rollPaper].every(isRealtimeStatusByte)) return 'offline';
  if (bit(offlineCause, 2)) return 'cover-open';
  if (bit(rollPaper, 5) || bit(rollPaper, 6) || bit(offlineCause, 5)) return 'paper-out';
  // Offline for another reason (an error such as a cutter jam, or the feed button held): it prints nothing either.
  if (bit(printer, 3) || bit(offlineCause, 6)) return 'offline';
  if (bit(rollPaper, 2) || bit(rollPaper, 3)) return 'paper-near-end';
  return 'ready';
}

/** GS r 1's answer: bits 0–1 paper near end, bits 2–3 paper out; bit 4 is always 0 (a DLE EOT answer has it set). */
export function paperCondition(byte: number): 'ready' | 'paper-near-end' | 'paper-out' | undefined {
  if ((byte & 0x90) !== 0) return undefined;
  if (byte & 0x0c) return 'paper-out';
  return byte & 0x03 ? 'paper-near-end' : 'ready';
}
