// The ticket printer as the admin's printer page sees it: where it is, its profile, and what it printed lately,
// drawn from the very bytes that went (or would have gone) to the printer.
import { z } from 'zod';
import { IsoTime } from './common.ts';
import { PrinterState } from './health.ts';
import { PrintInfo } from './tickets.ts';

/** The printer profiles the hub knows (hardware/printer/profiles.ts has their widths, code pages, flow control). */
export const PRINTER_PROFILE_NAMES = ['epson-80', 'clone-80', 'escpos-58'] as const;
export const PrinterProfileName = z.enum(PRINTER_PROFILE_NAMES);
export type PrinterProfileName = z.infer<typeof PrinterProfileName>;

/** Why a ticket's print failed: the printer's condition when it tried, a job that waited past its deadline, no
 *  receipt from the printer after the cut, or a hub that stopped while the job was out (found at the next start). */
export const PRINT_FAILURE_REASONS = ['paper-out', 'cover-open', 'offline', 'expired', 'unconfirmed', 'interrupted'] as const;
export type PrintFailureReason = (typeof PRINT_FAILURE_REASONS)[number];

export const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

const Align = z.enum(['left', 'center', 'right']);
export const PreviewItem = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string(), align: Align, bold: z.boolean(), width: z.int().min(1).max(8), height: z.int().min(1).max(8) }),
    z.object({ kind: z.literal('feed'), lines: z.int().min(0) }),
    z
      .object({ kind: z.literal('image'), align: Align, width: z.int().min(8).describe('image dots across (whole bytes)'), height: z.int().min(1).describe('dots down'), scaleX: z.int().min(1).max(2).describe('paper dots per image dot across'), scaleY: z.int().min(1).max(2).describe('paper dots per image dot down'), rows: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).describe('the GS v 0 rows as sent, in base64: width / 8 bytes each, the leftmost dot in the high bit') })
      .describe('a line printed as a raster image (a script the code pages lack)'),
    z.object({ kind: z.literal('gap'), dots: z.int().min(0).describe('paper fed after an image line, in dots') }),
    z.object({ kind: z.literal('qr'), payload: z.string(), moduleSize: z.int(), errorCorrection: z.enum(['L', 'M', 'Q', 'H']) }),
    z.object({ kind: z.literal('logo'), key: z.string() }),
    z.object({ kind: z.literal('cut') }),
  ])
  .meta({ id: 'PreviewItem' });
export type PreviewItem = z.infer<typeof PreviewItem>;

export const Printout = z
  .object({
    label: z.string().describe('the ticket number, or "test"'),
    at: IsoTime,
    byteCount: z.int().describe('bytes sent to the printer for this ticket'),
    print: PrintInfo,
    preview: z.array(PreviewItem).describe('the bytes read back as the printer lays them out'),
  })
  .meta({ id: 'Printout' });
export type Printout = z.infer<typeof Printout>;

export const PrinterSettings = z
  .object({ profile: PrinterProfileName, path: z.string().nullable().describe('null: the virtual printer'), baud: z.int() })
  .meta({ id: 'PrinterSettings' });
export type PrinterSettings = z.infer<typeof PrinterSettings>;

export const PrinterView = z
  .object({
    state: PrinterState,
    connection: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('virtual') }),
      z.object({ kind: z.literal('serial'), path: z.string(), baud: z.int(), from: z.enum(['command-line', 'settings']) }),
    ]),
    profile: z.object({ name: PrinterProfileName, label: z.string(), columns: z.int(), codePage: z.string(), flowControl: z.enum(['rtscts', 'xonxoff']) }),
    settings: PrinterSettings,
    printouts: z.array(Printout).describe('newest first'),
  })
  .meta({ id: 'PrinterView' });
export type PrinterView = z.infer<typeof PrinterView>;

/** The printer's settings (the command line's --printer and --baud win over path and baud). */
export const PrinterSettingsBody = z
  .strictObject({
    profile: PrinterProfileName,
    path: z.string().trim().min(1, 'path names the serial device, e.g. /dev/serial/by-id/usb-EPSON_TM-T20…').max(300).nullable().describe('null: the virtual printer'),
    baud: z.union(BAUD_RATES.map((b) => z.literal(b)), `baud is one of ${BAUD_RATES.join(', ')}`),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'give at least one printer setting to change');
export type PrinterSettingsBody = z.infer<typeof PrinterSettingsBody>;
