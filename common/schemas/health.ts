import { z } from 'zod';
import { CentralHealth } from './central.ts';

export const PRINTER_STATES = ['ready', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'virtual'] as const;
export const PrinterState = z.enum(PRINTER_STATES);
export type PrinterState = z.infer<typeof PrinterState>;

export const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    db: z.enum(['ok', 'error']),
    printer: z.object({ state: PrinterState }),
    central: CentralHealth.describe("the push to the central service; it never makes the hub's status degraded: the site works on its own"),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;
