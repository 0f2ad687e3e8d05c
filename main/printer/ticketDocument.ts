// The printed ticket, laid out once in the visitor's language: centre, service, the number large, the place in the
// queue, the time, a line on what to do, and the QR code of the visitor's follow page. Every language prints in its
// own: the encoder sends each line as text in a code page the printer has or, for a script none holds, as an image,
// so the lines carry their writing direction. Pure, so the layout is tested without a printer.
import { formats } from '../../common/i18n/format.ts';
import { correctedTranslator, t } from '../../common/i18n/translate.ts';
import type { Messages } from '../../common/i18n/messageFormat.ts';
import { LANGUAGES, type LanguageCode } from '../../common/i18n/languages.ts';
import type { PrintDocument, PrintLine } from '../../hardware/printer/printDocument.ts';
import { localName, type Names } from '../../common/i18n/localName.ts';

export interface TicketPrintJob {
  centreName: string;
  /** The centre's and the service's translations: the ticket prints the name in its own language where one exists. */
  centreNames?: Names;
  serviceName: string;
  serviceNames?: Names;
  number: string;
  ahead: number;
  estimatedWaitMinutes: number;
  issuedAtMs: number;
  language: LanguageCode;
  timeZone: string;
  /** The visitor's follow page (<public base>/t/<random token>): the QR code. */
  followUrl: string;
  /** The centre's corrected texts of the ticket's language, used when the ticket prints in it. */
  corrections?: Messages;
}

const directionOf = (language: LanguageCode): 'ltr' | 'rtl' => LANGUAGES.find((l) => l.code === language)!.dir;

export function ticketDocument(job: TicketPrintJob): PrintDocument {
  const dir = directionOf(job.language);
  const say = correctedTranslator(job.language, job.corrections ?? {});
  const place =
    job.ahead === 0 ? say('kiosk.aheadNone') : `${say('kiosk.ahead', { count: job.ahead })}, ${say('kiosk.estimate', { minutes: job.estimatedWaitMinutes })}`;
  const name = (text: string, names: Names | undefined) => localName({ name: text, names }, job.language).text;
  return {
    lines: [
      { text: name(job.centreName, job.centreNames), align: 'center', bold: true },
      { text: name(job.serviceName, job.serviceNames), align: 'center' },
      { text: job.number, align: 'center', size: 'huge', bold: true },
      { text: place, align: 'center', dir },
      timeLine(job, dir),
      { text: say('ticket.keep'), align: 'center', dir },
      { text: say('ticket.follow'), align: 'center', dir },
    ],
    qr: job.followUrl,
  };
}

/** The administrator's test print: the same layout with a sample number, every letter the code page must get right,
 *  and a QR code of the hub's public address (scanning it shows whether phones can reach the hub). */
export function testDocument(job: { centreName: string; profileLabel: string; issuedAtMs: number; language: LanguageCode; timeZone: string; publicBase: string }): PrintDocument {
  const dir = directionOf(job.language);
  return {
    lines: [
      { text: job.centreName, align: 'center', bold: true },
      { text: t(job.language, 'ticket.testTitle'), align: 'center', dir },
      { text: 'A000', align: 'center', size: 'huge', bold: true },
      { text: 'ÅÄÖ åäö é ü € – 0123456789', align: 'center' },
      { text: job.profileLabel, align: 'center' },
      timeLine(job, dir),
    ],
    qr: job.publicBase,
  };
}

/** In the visitor's form, or, where that needs an image (Arabic, Persian, Tigrinya), in the centre's Swedish digits. */
const timeLine = (job: { issuedAtMs: number; language: LanguageCode; timeZone: string }, dir: 'ltr' | 'rtl'): PrintLine => ({
  text: localTime(job),
  align: 'center',
  dir,
  textInstead: localTime({ ...job, language: 'sv' }),
});

function localTime(job: { issuedAtMs: number; language: LanguageCode; timeZone: string }): string {
  return formats(job.language, job.timeZone).shortDayAndTime(job.issuedAtMs);
}
