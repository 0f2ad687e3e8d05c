// The desk's buttons. Actions that do not fit the visit's state are disabled by the same state machine the hub
// enforces; should the screen be out of date, the hub's 409 message is shown instead.
import { useState } from 'preact/hooks';
import { applyVisitAction, type VisitAction } from '../common/queue/visitState.ts';
import type { MessageKey } from '../common/i18n/translate.ts';
import type { Service } from '../common/schemas/services.ts';
import type { TicketView } from '../common/schemas/tickets.ts';
import { useI18n } from '../ui/i18n.tsx';

export type DeskAction = 'next' | 'recall' | 'start' | 'no-show' | 'finish' | 'transfer';

interface Props {
  current: TicketView | null;
  services: Service[];
  busy: boolean;
  onAction: (action: DeskAction, body?: object) => void;
}

const visitButtons: { action: DeskAction; rule: VisitAction; label: MessageKey }[] = [
  { action: 'recall', rule: 'recall', label: 'desk.recall' },
  { action: 'start', rule: 'start', label: 'desk.start' },
  { action: 'no-show', rule: 'no-show', label: 'desk.noShow' },
  { action: 'finish', rule: 'finish', label: 'desk.finish' },
];

export function VisitActions({ current, services, busy, onAction }: Props) {
  const { t } = useI18n();
  const [target, setTarget] = useState('');
  const fits = (rule: VisitAction) => current !== null && applyVisitAction(current.state, rule).ok;
  const targets = services.filter((s) => s.id !== current?.serviceId);
  const targetId = targets.some((s) => String(s.id) === target) ? target : String(targets[0]?.id ?? '');

  return (
    <section class="visit-actions" aria-label={t('desk.title')}>
      <div class="visit-actions__buttons">
        <button type="button" class="visit-actions__next" disabled={busy} onClick={() => onAction('next')}>
          {t('desk.next')}
        </button>
        {visitButtons.map(({ action, rule, label }) => (
          <button key={action} type="button" class="secondary" disabled={busy || !fits(rule)} onClick={() => onAction(action)}>
            {t(label)}
          </button>
        ))}
      </div>
      <form
        class="visit-actions__transfer"
        onSubmit={(event) => {
          event.preventDefault();
          onAction('transfer', { serviceId: Number(targetId) });
        }}
      >
        <label for="transfer-service">{t('desk.transfer')}</label>
        <select id="transfer-service" value={targetId} onChange={(event) => setTarget(event.currentTarget.value)}>
          {targets.map((service) => (
            <option key={service.id} value={service.id}>
              {service.name}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary" disabled={busy || !fits('transfer') || targetId === ''}>
          {t('desk.transferButton')}
        </button>
      </form>
    </section>
  );
}
