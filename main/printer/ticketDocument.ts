// The printed ticket, laid out once in the visitor's language: centre, service, the number large, the place in the
// queue, the time, a line on what to do, and the QR code of the visitor's follow page. Pure, so the layout is tested
// without a printer.
import { formats } from '../../common/i18n/format.ts';
import { correctedTranslator, t } from '../../common/i18n/translate.ts';
import type { Messages } from '../../common/i18n/messageFormat.ts';
import type { LanguageCode } from '../../common/i18n/languages.ts';
import type { PrintDocument } from '../../hardware/printer/printDocument.ts';

export interface TicketPrintJob {
  centreName: string;
  serviceName: string;
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

/** The languages every profile's code page (PC858) prints as text: Finnish and Somali need no letter beyond it.
 *  A ticket in another language is printed in Swedish until its lines can go out in PC852 (Polish, Bosnian) or as
 *  raster images (Arabic, Persian, Tigrinya, Ukrainian): a line of question marks helps nobody. */
const PRINTABLE_LANGUAGES: readonly LanguageCode[] = ['sv', 'en', 'fi', 'so'];

const printLanguage = (language: LanguageCode): LanguageCode => (PRINTABLE_LANGUAGES.includes(language) ? language : 'sv');

export function ticketDocument(ticketJob: TicketPrintJob): PrintDocument {
  const job = { ...ticketJob, language: printLanguage(ticketJob.language) };
  const say = correctedTranslator(job.language, job.language === ticketJob.language ? (ticketJob.corrections ?? {}) : {});
  const place =
    job.ahead === 0 ? say('kiosk.aheadNone') : `${say('kiosk.ahead', { count: job.ahead })}, ${say('kiosk.estimate', { minutes: job.estimatedWaitMinutes })}`;
  return {
    lines: [
      { text: job.centreName, align: 'center', bold: true },
      { text: job.serviceName, align: 'center' },
      { text: job.number, align: 'center', size: 'huge', bold: true },
      { text: place, align: 'center' },
      { text: localTime(job), align: 'center' },
      { text: say('ticket.keep'), align: 'center' },
      { text: say('ticket.follow'), align: 'center' },
    ],
    qr: job.followUrl,
  };
}

/** The administrator's test print: the same layout with a sample number, every letter the code page must get right,
 *  and a QR code of the hub's public address (scanning it shows whether phones can reach the hub). */
export function testDocument(testJob: { centreName: string; profileLabel: string; issuedAtMs: number; language: LanguageCode; timeZone: string; publicBase: string }): PrintDocument {
  const job = { ...testJob, language: printLanguage(testJob.language) };
  return {
    lines: [
      { text: job.centreName, align: 'center', bold: true },
      { text: t(job.language, 'ticket.testTitle'), align: 'center' },
      { text: 'A000', align: 'center', size: 'huge', bold: true },
      { text: 'ÅÄÖ åäö é ü € – 0123456789', align: 'center' },
      { text: job.profileLabel, align: 'center' },
      { text: localTime(job), align: 'center' },
    ],
    qr: job.publicBase,
  };
}

function localTime(job: { issuedAtMs: number; language: LanguageCode; timeZone: string }): string {
  return formats(job.language, job.timeZone).shortDayAndTime(job.issuedAtMs);
}
