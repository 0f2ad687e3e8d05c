// The ticket printer for the administrator: its state and set-up, the latest printouts as they came out of the
// bytes, a test print, and its settings. Every screen sees the printer's state in /api/health and printer.status.
import type { HubContext } from '../../context.ts';
import { PrinterSettingsBody, PrinterView, Printout } from '../../../common/schemas/printer.ts';
import { Language } from '../../../common/schemas/tickets.ts';
import { DEFAULT_LANGUAGE } from '../../../common/i18n/languages.ts';
import { z } from 'zod';
import { followBase } from '../../queue/follow.ts';
import { printerView, testPrint, updatePrinterSettings } from '../../printer/printerPage.ts';
import { ok, route, type RouteSpec } from '../route.ts';

const TestPrintBody = z.strictObject({ language: Language.optional() }).optional();

export function printerRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/printer',
      summary: 'The ticket printer: state, connection, profile, settings, and the latest printouts read back from their bytes',
      responses: { 200: PrinterView },
      handle: () => ok(printerView(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/printer/test',
      summary: 'Print a test ticket (sample number, åäö and €, a QR code of the hub’s public address); answers its printout',
      body: TestPrintBody,
      responses: { 200: Printout },
      handle: async ({ body }) => ok(await testPrint(ctx, body?.language ?? DEFAULT_LANGUAGE, followBase(ctx))),
    }),
    route({
      method: 'POST',
      url: '/api/printer/settings',
      summary: 'Change the printer’s profile, serial path or baud (applied at once; --printer/--baud on the command line win)',
      body: PrinterSettingsBody,
      responses: { 200: PrinterView },
      handle: async ({ body }) => ok(await updatePrinterSettings(ctx, body)),
    }),
  ];
}
