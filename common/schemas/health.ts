import { z } from 'zod';

export const PRINTER_STATES = ['ready', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'virtual'] as const;
export const PrinterState = z.enum(PRINTER_STATES);
export type PrinterState = z.infer<typeof PrinterState>;

export const Health = z
  .object({ status: z.enum(['ok', 'degraded']), db: z.enum(['ok', 'error']), printer: z.object({ state: PrinterState }) })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
