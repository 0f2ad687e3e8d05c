// The printed ticket, laid out once in the visitor's language: centre, service, the number large, the place in the
// queue, the time. Pure, so the layout is tested without a printer.
import { t } from '../../common/i18n/translate.ts';
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
}

export function ticketDocument(job: TicketPrintJob): PrintDocument {
  const when = new Intl.DateTimeFormat(job.language === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone: job.timeZone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(job.issuedAtMs);
  const place =
    job.ahead === 0
      ? t(job.language, 'kiosk.aheadNone')
      : `${t(job.language, 'kiosk.ahead', { count: job.ahead })}, ${t(job.language, 'kiosk.estimate', { minutes: job.estimatedWaitMinutes })}`;
  return {
    lines: [
      { text: job.centreName, align: 'center', bold: true },
      { text: job.serviceName, align: 'center' },
      { text: job.number, align: 'center', size: 'huge', bold: true },
      { text: place, align: 'center' },
      { text: when, align: 'center' },
    ],
  };
}
