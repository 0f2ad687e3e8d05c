// The printer's trouble where people can act on it: visitors at the kiosk learn they will get their number on screen
// only; staff on the desk and admin screens learn what is wrong, and that the paper runs low before it runs out.
import type { MessageKey } from '../common/i18n/translate.ts';
import { useI18n } from './i18n.tsx';
import { usePrinterState } from './usePrinterState.ts';

const STAFF_PROBLEMS: Partial<Record<string, MessageKey>> = {
  'paper-out': 'printer.problem.paper-out',
  'cover-open': 'printer.problem.cover-open',
  offline: 'printer.problem.offline',
};

export function PrinterBanner({ audience }: { audience: 'visitor' | 'staff' }) {
  const { t } = useI18n();
  const state = usePrinterState();
  const problem = state === null ? undefined : STAFF_PROBLEMS[state];
  if (problem) {
    return (
      <p class="printer-banner" role="alert">
        {t(audience === 'visitor' ? 'printer.visitorProblem' : problem)}
      </p>
    );
  }
  if (state === 'paper-near-end' && audience === 'staff') {
    return (
      <p class="printer-banner printer-banner--warning" role="status">
        {t('printer.problem.paper-near-end')}
      </p>
    );
  }
  return null;
}
