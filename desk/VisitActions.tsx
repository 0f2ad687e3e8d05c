// The desk's buttons for the visitor at the desk. Actions that do not fit the visit's state are disabled by the same
// state machine the hub enforces; should the screen be out of date, the hub's 409 message is shown instead.
import { useState } from 'preact/hooks';
import { applyVisitAction, type VisitAction } from '../common/queue/visitState.ts';
import type { MessageKey } from '../common/i18n/translate.ts';
import type { Desk } from '../common/schemas/desks.ts';
import type { Service } from '../common/schemas/services.ts';
import type { TicketView } from '../common/schemas/tickets.ts';
import { useI18n } from '../ui/i18n.tsx';
import { languageInfo } from '../common/i18n/languages.ts';
import { localName, type Names } from '../common/i18n/localName.ts';

export type DeskAction = 'next' | 'recall' | 'start' | 'no-show' | 'finish' | 'transfer' | 'park';

interface Props {
  current: TicketView | null;
  services: Service[];
  /** The other desks, to send a visitor to one of them. */
  desks: Desk[];
  /** The outcomes of the current visitor's service, chosen on finish, with their translations. */
  outcomes: string[];
  outcomeNames: Record<string, Names>;
  busy: boolean;
  paused: boolean;
  onAction: (action: DeskAction, body?: object) => void;
}

const visitButtons: { action: DeskAction; rule: VisitAction; label: MessageKey }[] = [
  { action: 'recall', rule: 'recall', label: 'desk.recall' },
  { action: 'start', rule: 'start', label: 'desk.start' },
  { action: 'no-show', rule: 'no-show', label: 'desk.noShow' },
  { action: 'park', rule: 'park', label: 'desk.park' },
];

/** A select and its button, for the two transfer targets. */
function TransferForm(props: { id: string; label: string; button: string; options: { id: number; name: string }[]; disabled: boolean; onSend: (id: number) => void }) {
  const [chosen, setChosen] = useState('');
  const value = props.options.some((o) => String(o.id) === chosen) ? chosen : String(props.options[0]?.id ?? '');
  return (
    <form
      class="visit-actions__transfer"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSend(Number(value));
      }}
    >
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={value} onChange={(event) => setChosen(event.currentTarget.value)}>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary" disabled={props.disabled || value === ''}>
        {props.button}
      </button>
    </form>
  );
}

export function VisitActions({ current, services, desks, outcomes, outcomeNames, busy, paused, onAction }: Props) {
  const { t, lang, nameLang } = useI18n();
  const [outcome, setOutcome] = useState('');
  const fits = (rule: VisitAction) => current !== null && applyVisitAction(current.state, rule).ok;
  const chosenOutcome = outcomes.includes(outcome) ? outcome : '';

  return (
    <section class="visit-actions" aria-label={t('desk.title')}>
      <div class="visit-actions__buttons">
        <button type="button" class="visit-actions__next" disabled={busy || paused} onClick={() => onAction('next')}>
          {t('desk.next')}
        </button>
        {visitButtons.map(({ action, rule, label }) => (
          <button key={action} type="button" class="secondary" disabled={busy || !fits(rule)} onClick={() => onAction(action)}>
            {t(label)}
          </button>
        ))}
      </div>
      <form
        class="visit-actions__finish"
        onSubmit={(event) => {
          event.preventDefault();
          onAction('finish', chosenOutcome ? { outcome: chosenOutcome } : {});
          setOutcome('');
        }}
      >
        {outcomes.length > 0 && (
          <>
            <label for="finish-outcome">{t('desk.outcome')}</label>
            <select id="finish-outcome" value={chosenOutcome} onChange={(event) => setOutcome(event.currentTarget.value)}>
              <option value="">{t('desk.noOutcome')}</option>
              {outcomes.map((name) => {
                // An option holds text only, so the fallback's language goes on the option itself.
                const shown = localName({ name, names: outcomeNames[name] }, lang, nameLang);
                return (
                  <option key={name} value={name} lang={shown.lang === lang ? undefined : shown.lang} dir={shown.lang === lang ? undefined : languageInfo(shown.lang).dir}>
                    {shown.text}
                  </option>
                );
              })}
            </select>
          </>
        )}
        <button type="submit" class="secondary" disabled={busy || !fits('finish')}>
          {t('desk.finish')}
        </button>
      </form>
      <TransferForm
        id="transfer-service"
        label={t('desk.transfer')}
        button={t('desk.transferButton')}
        options={services.filter((s) => s.id !== current?.serviceId)}
        disabled={busy || !fits('transfer')}
        onSend={(serviceId) => onAction('transfer', { serviceId })}
      />
      <TransferForm
        id="transfer-desk"
        label={t('desk.transferDesk')}
        button={t('desk.transferDeskButton')}
        options={desks}
        disabled={busy || !fits('transfer')}
        onSend={(deskId) => onAction('transfer', { deskId })}
      />
    </section>
  );
}
