// Instants written as the centre's wall-clock time ("2026-11-24 09:05:00"), the way spreadsheets read dates.
import { offsetAt } from './offsetSegments.ts';

export function localTime(timeZone: string): (atMs: number) => string {
  return (atMs) => new Date(atMs + offsetAt(atMs, timeZone)).toISOString().slice(0, 19).replace('T', ' ');
}
