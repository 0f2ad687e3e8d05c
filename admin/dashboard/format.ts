// Figures as a manager reads them: minutes rather than seconds, shares as percentages, "–" where there is no figure.
export const minutes = (seconds: number | null): string => (seconds === null ? '–' : (seconds / 60).toFixed(1));
export const percent = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)} %`);
export const decimal = (value: number | null, digits = 2): string => (value === null ? '–' : value.toFixed(digits));
export const toMinutes = (seconds: number | null): number | null => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10);
export const toPercent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);
