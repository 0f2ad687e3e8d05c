// The ticket printer's state as a screen needs it for its banner: read once from /api/health, then kept current by
// the printer.status events.
import { useEffect, useState } from 'preact/hooks';
import { Health, type PrinterState } from '../common/schemas/health.ts';
import { apiGet } from './apiClient.ts';
import { useStaffEvents } from './useStaffEvents.ts';

export function usePrinterState(): PrinterState | null {
  const [state, setState] = useState<PrinterState | null>(null);
  // At start a printer.status event that overtook the answer is newer; after a resync the answer is.
  const read = (replace: boolean) =>
    apiGet('/api/health', Health).then(
      (health) => setState((current) => (replace ? health.printer.state : (current ?? health.printer.state))),
      () => {},
    );
  useEffect(() => void read(false), []);
  useStaffEvents(
    (event) => {
      if (event.type === 'printer.status') setState(event.state);
    },
    () => void read(true),
  );
  return state;
}
