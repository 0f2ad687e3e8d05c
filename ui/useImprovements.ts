// The current "you said, we did" items for a visitor screen, read from the open GET /api/improvements. Loaded again
// whenever `reload` changes (the display bumps it on an improvement event and on reconnect); a failed load keeps
// what was shown: a wall screen never blanks for a network blip.
import { useEffect, useState } from 'preact/hooks';
import { ImprovementList, type Improvement } from '../common/schemas/improvements.ts';
import { apiGet } from './apiClient.ts';

export function useImprovements(reload: unknown = 0): Improvement[] {
  const [improvements, setImprovements] = useState<Improvement[]>([]);
  useEffect(() => {
    let stopped = false;
    apiGet('/api/improvements', ImprovementList).then(
      (list) => !stopped && setImprovements(list.improvements),
      () => undefined,
    );
    return () => {
      stopped = true;
    };
  }, [reload]);
  return improvements;
}
