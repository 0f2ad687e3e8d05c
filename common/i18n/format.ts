// Numbers, dates and times as the screen's language writes them and on the centre's clock, not the browser's locale
// or the PC's time zone: a Swedish screen shows "0,6" and "3 388", an English one "0.6" and "3,388", and a time is the
// centre's wall-clock time whichever machine shows it. The one place screens and the hub format a figure or a moment.
import { languageInfo, type LanguageCode } from './languages.ts';

export interface Formats {
  /** The centre's time zone the times are shown in. */
  timeZone: string;
  /** A whole count: "3 388". */
  count(value: number): string;
  /** A figure with fixed decimals, "–" where there is none: "0,6". */
  decimal(value: number | null, digits?: number): string;
  /** A share from 0 to 1 as a whole percentage, "–" where there is none: "83 %". */
  percent(share: number | null): string;
  /** "10:30": the hour and minute of a moment. */
  time(moment: number | string): string;
  /** "10:30:05". */
  timeWithSeconds(moment: number | string): string;
  /** "12 mars 2026 10:30": a moment that may lie days back. */
  dayAndTime(moment: number | string): string;
  /** "2026-03-12 10:30" as a printed ticket carries it. */
  shortDayAndTime(moment: number | string): string;
  /** "mån 3/11": a calendar day (YYYY-MM-DD) as a column or axis label. */
  weekdayAndDate(day: string): string;
  /** "3 november": a calendar day in running text. */
  dayAndMonth(day: string): string;
  /** "3 minuter": a duration in the largest whole unit of seconds or minutes. */
  duration(seconds: number): string;
}

const ms = (moment: number | string): number => (typeof moment === 'number' ? moment : Date.parse(moment));

export function formats(lang: LanguageCode, timeZone: string): Formats {
  const { locale } = languageInfo(lang);
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const timeWithSeconds = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const dayAndTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const shortDayAndTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' });
  // A calendar day names no moment, so it is read at UTC midnight, where the day is the same everywhere.
  const weekdayAndDate = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'numeric' });
  const dayAndMonth = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long' });
  return {
    timeZone,
    count: (value) => whole.format(value),
    decimal(value, digits = 1) {
      if (value === null) return '–';
      let format = decimals.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        decimals.set(digits, format);
      }
      return format.format(value);
    },
    percent: (value) => (value === null ? '–' : share.format(value)),
    time: (moment) => time.format(ms(moment)),
    timeWithSeconds: (moment) => timeWithSeconds.format(ms(moment)),
    dayAndTime: (moment) => dayAndTime.format(ms(moment)),
    shortDayAndTime: (moment) => shortDayAndTime.format(ms(moment)),
    weekdayAndDate: (day) => weekdayAndDate.format(Date.parse(day)),
    dayAndMonth: (day) => dayAndMonth.format(Date.parse(day)),
    duration(seconds) {
      const [value, unit] = seconds < 60 ? [Math.ceil(seconds), 'second'] : [Math.ceil(seconds / 60), 'minute'];
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
    },
  };
}
