// The ticket printer's state as a screen needs it for its banner: read once from /api/health, then kept current by
// the printer.status events.
import { useEffect, useState } from 'preact/hooks';
import { Health, type PrinterState } from '../common/schemas/health.ts';
import { apiGet } from './apiClient.ts';
import { useStaffEvents } from './useStaffEvents.ts';

export function usePrinterState(): PrinterState | null {
  const [state, setState] = useState<PrinterState | null>(null);
  useEffect(() => {
    apiGet('/api/health', Health).then(
      (health) => setState((current) => current ?? health.printer.state),
      () => {},
    );
  }, []);
  useStaffEvents((event) => {
    if (event.type === 'printer.status') setState(event.state);
  });
  return state;
}
