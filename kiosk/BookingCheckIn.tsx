// "I have a booking": the visitor types the code from their booking on the on-screen keyboard, or a scanner types it
// like a keyboard and presses Enter. A refusal says what to do: come back at the time check-in opens, or ask at
// the reception.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CheckInRefusal } from '../common/schemas/appointments.ts';
import { BOOKING_CODE_LENGTH } from '../common/queue/booking.ts';
import { Ticket } from '../common/schemas/tickets.ts';
import { apiAction, ApiError } from '../ui/apiClient.ts';
import type { Formats } from '../common/i18n/format.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { OnScreenKeyboard } from '../ui/OnScreenKeyboard.tsx';
import { CODE_LAYOUT } from '../common/i18n/keyboardLayouts.ts';

interface Props {
  onTicket: (ticket: Ticket) => void;
  onBack: () => void;
}

type Refusal = { kind: 'unknown' } | { kind: 'early'; time: string } | { kind: 'late' } | { kind: 'too-fast' } | { kind: 'error' };

function refusalOf(error: unknown, fmt: Formats): Refusal {
  if (!(error instanceof ApiError)) return { kind: 'error' };
  if (error.status === 404 || error.status === 400) return { kind: 'unknown' };
  if (error.status === 429) return { kind: 'too-fast' };
  const refusal = CheckInRefusal.safeParse({ error: error.message, ...error.details });
  if (error.status !== 409 || !refusal.success) return { kind: 'error' };
  if (refusal.data.reason === 'too-late' || !refusal.data.checkInFrom) return { kind: 'late' };
  return { kind: 'early', time: fmt.time(refusal.data.checkInFrom) };
}

export function BookingCheckIn({ onTicket, onBack }: Props) {
  const { t, lang, fmt } = useI18n();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Focus in the field, so a scanner that types like a keyboard works without a tap first.
  useEffect(() => input.current?.focus(), []);

  const submit = async () => {
    if (busy || code.trim() === '') return;
    setBusy(true);
    setRefusal(null);
    try {
      const { data } = await apiAction('/api/appointments/check-in', { code, language: lang }, Ticket);
      if (data) onTicket(data);
    } catch (error) {
      setRefusal(refusalOf(error, fmt));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="booking"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('kiosk.bookingTitle')}</h2>
      <label for="booking-code">{t('kiosk.bookingCode')}</label>
      <p id="booking-hint" class="booking__hint">
        {t('kiosk.bookingHint')}
      </p>
      <input
        id="booking-code"
        ref={input}
        class="booking__code"
        dir="ltr"
        value={code}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        maxLength={BOOKING_CODE_LENGTH + 4}
        aria-describedby="booking-hint"
        data-speak={`${t('kiosk.bookingTitle')}. ${t('kiosk.speech.typeCode')}`}
        onInput={(event) => setCode(event.currentTarget.value.toUpperCase())}
      />
      {refusal && (
        <Notice kind="error">
          {refusal.kind === 'unknown'
            ? t('kiosk.bookingUnknown')
            : refusal.kind === 'early'
              ? t('kiosk.bookingEarly', { time: refusal.time })
              : refusal.kind === 'late'
                ? t('kiosk.bookingLate')
                : refusal.kind === 'too-fast'
                  ? t('kiosk.tooFast')
                  : t('kiosk.error')}
        </Notice>
      )}
      <OnScreenKeyboard value={code} onChange={setCode} label={t('kiosk.keyboard.code')} layout={CODE_LAYOUT} maxLength={BOOKING_CODE_LENGTH + 4} />
      <div class="booking__actions">
        <button type="button" class="secondary" onClick={onBack}>
          {t('kiosk.back')}
        </button>
        <button type="submit" disabled={busy || code.trim() === ''}>
          {t('kiosk.checkIn')}
        </button>
      </div>
    </form>
  );
}
