// The admin's printer page: the printer's state and set-up, its latest printouts read back from their bytes, a test
// print, and the printer settings (applied at once: the old line is closed, the new one opened).
import type { HubContext } from '../context.ts';
import type { PrinterSettingsBody, PrinterView, Printout } from '../../common/schemas/printer.ts';
import { previewOf } from '../../hardware/escpos/preview.ts';
import { writeSetting } from '../settings.ts';
import { testDocument } from './ticketDocument.ts';
import { printAnswer } from './printTicket.ts';
import type { RecentPrintout } from './ticketPrinter.ts';
import type { LanguageCode } from '../../common/i18n/languages.ts';

const printoutView = (p: RecentPrintout): Printout => ({ label: p.label, at: p.at.toISOString(), byteCount: p.bytes.length, print: p.print, preview: previewOf(p.bytes) });

export function printerView(ctx: HubContext): PrinterView {
  const { connection, profileName, profile } = ctx.printer.current();
  const settings = ctx.settings();
  return {
    state: ctx.printer.state(),
    connection,
    profile: { name: profileName, label: profile.label, columns: profile.columns, codePage: profile.codePage, flowControl: profile.flowControl },
    settings: { profile: settings.printerProfile, path: settings.printerPath, baud: settings.printerBaud },
    printouts: ctx.printer.recent().map(printoutView),
  };
}

export async function testPrint(ctx: HubContext, language: LanguageCode, publicBase: string): Promise<Printout> {
  const settings = ctx.settings();
  const document = testDocument({
    centreName: settings.centreName,
    profileLabel: ctx.printer.current().profile.label,
    issuedAtMs: ctx.clock(),
    language,
    timeZone: settings.timeZone,
    publicBase,
  });
  await printAnswer(ctx.printer.print('test', document));
  return printoutView(ctx.printer.recent().find((p) => p.label === 'test')!);
}

export async function updatePrinterSettings(ctx: HubContext, body: PrinterSettingsBody): Promise<PrinterView> {
  ctx.writer.write((emit) => {
    if (body.profile !== undefined) writeSetting(ctx.db, 'printerProfile', body.profile);
    if (body.path !== undefined) writeSetting(ctx.db, 'printerPath', body.path);
    if (body.baud !== undefined) writeSetting(ctx.db, 'printerBaud', body.baud);
    const s = ctx.settings();
    emit({ type: 'printer.settings-updated', settings: { profile: s.printerProfile, path: s.printerPath, baud: s.printerBaud } });
  });
  await ctx.printer.applySettings(ctx.settings());
  return printerView(ctx);
}
