// The printed ticket, laid out once in the visitor's language: centre, service, the number large, the place in the
// queue, the time, a line on what to do, and the QR code of the visitor's follow page. Pure, so the layout is tested
// without a printer.
import { formats } from '../../common/i18n/format.ts';
import { t } from '../../common/i18n/translate.ts';
import type { LanguageCode } from '../../common/i18n/languages.ts';
import { localName, type Names } from '../../common/i18n/localName.ts';
import type { PrintDocument } from '../../hardware/printer/printDocument.ts';

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
}

/** The languages every profile's code page (PC858) prints as text: Finnish and Somali need no letter beyond it.
 *  A ticket in another language is printed in Swedish until its lines can go out in PC852 (Polish, Bosnian) or as
 *  raster images (Arabic, Persian, Tigrinya, Ukrainian): a line of question marks helps nobody. */
const PRINTABLE_LANGUAGES: readonly LanguageCode[] = ['sv', 'en', 'fi', 'so'];

const printLanguage = (language: LanguageCode): LanguageCode => (PRINTABLE_LANGUAGES.includes(language) ? language : 'sv');

export function ticketDocument(ticketJob: TicketPrintJob): PrintDocument {
  const job = { ...ticketJob, language: printLanguage(ticketJob.language) };
  const place =
    job.ahead === 0
      ? t(job.language, 'kiosk.aheadNone')
      : `${t(job.language, 'kiosk.ahead', { count: job.ahead })}, ${t(job.language, 'kiosk.estimate', { minutes: job.estimatedWaitMinutes })}`;
  const name = (text: string, names: Names | undefined) => localName({ name: text, names }, job.language).text;
  return {
    lines: [
      { text: name(job.centreName, job.centreNames), align: 'center', bold: true },
      { text: name(job.serviceName, job.serviceNames), align: 'center' },
      { text: job.number, align: 'center', size: 'huge', bold: true },
      { text: place, align: 'center' },
      { text: localTime(job), align: 'center' },
      { text: t(job.language, 'ticket.keep'), align: 'center' },
      { text: t(job.language, 'ticket.follow'), align: 'center' },
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
