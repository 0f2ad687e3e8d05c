// Figures as a manager reads them: minutes rather than seconds, shares as percentages, "–" where there is no figure,
// written the way the screen's language writes numbers ("0,6" in Swedish).
import type { Formats } from '../../common/i18n/format.ts';

export const minutes = (fmt: Formats, seconds: number | null): string => fmt.decimal(seconds === null ? null : seconds / 60, 1);
export const percent = (fmt: Formats, share: number | null): string => fmt.percent(share);
export const decimal = (fmt: Formats, value: number | null): string => fmt.decimal(value, 2);
export const toMinutes = (seconds: number | null): number | null => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10);
export const toPercent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);
