// What differs between the printers a centre may have: characters across the paper, the code pages it has (the first
// is the default; ESC t n switches), flow control. Epson's TM-T20 and TM-T88 have PC852 and PC866; the clones
// that copy them are reliably known to have PC852 only, so their Cyrillic lines go out as images.
// Chosen by name in the hub's settings; the hub's schema lists the same names (main/printer/printerConfig.ts checks).
import type { TicketLayout } from '../escpos/encodeDocument.ts';

export type FlowControl = 'rtscts' | 'xonxoff';

export interface PrinterProfile extends TicketLayout {
  label: string;
  flowControl: FlowControl;
}

export const PRINTER_PROFILES = {
  'epson-80': { label: 'Epson TM-T20 / TM-T88, 80 mm (48 columns)', columns: 48, codePage: 'pc858', otherCodePages: ['pc852', 'pc866'], qrModuleSize: 6, flowControl: 'rtscts' },
  'clone-80': { label: 'ESC/POS clone or Star in ESC/POS mode, 80 mm (42 columns)', columns: 42, codePage: 'pc858', otherCodePages: ['pc852'], qrModuleSize: 6, flowControl: 'xonxoff' },
  'escpos-58': { label: 'ESC/POS, 58 mm (32 columns)', columns: 32, codePage: 'pc858', otherCodePages: ['pc852'], qrModuleSize: 4, flowControl: 'xonxoff' },
} as const satisfies Record<string, PrinterProfile>;
export type PrinterProfileName = keyof typeof PRINTER_PROFILES;
