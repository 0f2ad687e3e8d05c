// The desk as staff work with it (its pause, its parked visitors), loaded from the hub and reloaded whenever an
// event says it changed — by this screen, another screen for the same desk, or the administrator.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DeskDetail } from '../common/schemas/desks.ts';
import type { HubEvent } from '../common/schemas/events.ts';
import { apiGet } from '../ui/apiClient.ts';

const DESK_EVENTS: readonly HubEvent['type'][] = ['desk.paused', 'desk.resumed', 'desk.updated', 'ticket.parked', 'ticket.resumed'];

export function concernsDesk(event: HubEvent, deskId: number): boolean {
  return DESK_EVENTS.includes(event.type) && 'desk' in event && event.desk.id === deskId;
}

export function useDeskDetail(deskId: number): { detail: DeskDetail | null; reload: () => void; setDetail: (detail: DeskDetail) => void } {
  const [detail, setDetail] = useState<DeskDetail | null>(null);
  const reload = useCallback(() => {
    apiGet(`/api/desks/${deskId}`, DeskDetail).then(setDetail, () => {
      // The console's live queue shows a hub it cannot reach; the detail comes back with the next reload.
    });
  }, [deskId]);
  useEffect(reload, [reload]);
  return { detail, reload, setDetail };
}
