// Today's waiting visitors as the guide sees them, with what was recorded for each, and a way to add or change it
// for someone who is already waiting (a visitor who mentions at the door that they need an interpreter after all).
import { useState } from 'preact/hooks';
import { TicketNeeds } from '../common/schemas/needs.ts';
import type { LanguageEntry } from '../common/schemas/languages.ts';
import type { TicketView } from '../common/schemas/tickets.ts';
import type { LiveQueue } from '../ui/liveQueue.ts';
import { apiAction } from '../ui/apiClient.ts';
import { errorText } from '../ui/errorText.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { TicketNeedsText } from '../ui/TicketNeedsText.tsx';
import { WaitingTable } from '../ui/WaitingTable.tsx';
import { NeedsFields, needsBody, type NeedsDraft } from './NeedsFields.tsx';

interface Props {
  queue: LiveQueue;
  needs: ReadonlyMap<number, TicketNeeds>;
  languages: readonly LanguageEntry[];
}

function NeedsEditor({ ticket, recorded, languages, onDone }: { ticket: TicketView; recorded: TicketNeeds | undefined; languages: readonly LanguageEntry[]; onDone: (saved: boolean) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<NeedsDraft>({ needs: recorded?.needs ?? {}, note: recorded?.note ?? '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The hub replaces what was recorded, so an emptied note is sent as empty: that erases it.
      await apiAction(`/api/tickets/${ticket.id}/needs`, { needs: needsBody(draft).needs, note: draft.note.trim() }, TicketNeeds);
      onDone(true);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="guide-editor" aria-labelledby={`edit-${ticket.id}-heading`} onSubmit={submit}>
      <h3 id={`edit-${ticket.id}-heading`}>{t('guide.editing', { number: ticket.number })}</h3>
      <NeedsFields id={`edit-${ticket.id}`} languages={languages} value={draft} onChange={setDraft} />
      <div class="guide-editor__buttons">
        <button type="submit" disabled={busy}>
          {t('guide.save')}
        </button>
        <button type="button" class="secondary" onClick={() => onDone(false)}>
          {t('guide.cancel')}
        </button>
      </div>
      {error !== null && <Notice kind="error">{errorText(error, t)}</Notice>}
    </form>
  );
}

export function WaitingTickets({ queue, needs, languages }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const edited = queue.waiting.find((ticket) => ticket.id === editing);
  return (
    <section class="guide-waiting" aria-labelledby="guide-waiting-heading">
      <h2 id="guide-waiting-heading">{t('guide.waiting')}</h2>
      {saved !== null && <Notice>{t('guide.saved', { number: saved })}</Notice>}
      {edited && (
        <NeedsEditor
          key={edited.id}
          ticket={edited}
          recorded={needs.get(edited.id)}
          languages={languages}
          onDone={(done) => {
            setSaved(done ? edited.number : null);
            setEditing(null);
          }}
        />
      )}
      {queue.waiting.length === 0 ? (
        <p>{t('guide.noneWaiting')}</p>
      ) : (
        <WaitingTable
          tickets={queue.waiting}
          queue={queue}
          aboutHeading={t('guide.needs')}
          about={(ticket) => <TicketNeedsText needs={needs.get(ticket.id)} />}
          action={(ticket) => (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setSaved(null);
                setEditing(ticket.id);
              }}
            >
              {t('guide.change', { number: ticket.number })}
            </button>
          )}
        />
      )}
    </section>
  );
}
