// The ticket machine: choose a service, get a number, and the screen returns to the start for the next visitor.
// Each visitor starts in the default language, whatever the previous one chose. A hub that cannot serve a tap sends
// the visitor to the reception, one holding back a kiosk that takes tickets too fast asks them to wait a moment; the
// next tap tries again either way. A key pressed on the first screen, or Listen, starts speech mode
// (ui/speech/): the keypad then moves through the choices and the screen says each one.
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { Service } from '../common/schemas/services.ts';
import { Ticket } from '../common/schemas/tickets.ts';
import { apiAction, apiGet, ApiError } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { Notice } from '../ui/Notice.tsx';
import { MoreTimeWarning, useTimeLimit } from '../ui/MoreTime.tsx';
import { ENTRY_MS, RECEIPT_MS } from '../common/accessibility/timeLimits.ts';
import { useSpeech } from '../ui/speech/SpeechMode.tsx';
import { useKeypad } from '../ui/speech/useKeypad.ts';
import { ListenButton } from '../ui/speech/ListenButton.tsx';
import { ServiceButtons } from './ServiceButtons.tsx';
import { TicketReceipt } from './TicketReceipt.tsx';
import { BookingCheckIn } from './BookingCheckIn.tsx';
import { PrinterBanner } from '../ui/PrinterBanner.tsx';
import { resetVisitorAids, VisitorAids } from '../ui/VisitorAids.tsx';

/** tooFast: the hub's limit on tickets per kiosk held the last tap back. */
type Step = { kind: 'choose'; tooFast?: boolean } | { kind: 'booking' } | { kind: 'ticket'; ticket: Ticket; service: Service; checkedIn?: boolean } | { kind: 'error' };

export function Kiosk() {
  const { t, lang, setLang, languages } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [services, setServices] = useState<Service[] | null>(null);
  const [busy, setBusy] = useState(false);
  const speech = useSpeech();
  const help = t('common.speech.helpKiosk');

  // Services are reloaded every time the start screen comes back, so a service added by the admin shows up.
  useEffect(() => {
    if (step.kind !== 'choose') return;
    apiGet('/api/services', z.array(Service)).then(setServices, () => setStep({ kind: 'error' }));
  }, [step.kind]);

  const restart = () => {
    speech.stop();
    setLang(languages[0]!.code);
    resetVisitorAids();
    setStep({ kind: 'choose' });
  };
  // The first screen waits for ever, except for someone who started speech mode and walked away.
  const moreTime = useTimeLimit({ active: step.kind !== 'choose' || speech.on, quietMs: step.kind === 'ticket' ? RECEIPT_MS : ENTRY_MS, onReset: restart });
  const chooseAgain = () => setStep({ kind: 'choose' });
  useKeypad({ atStart: step.kind === 'choose', help, onBack: step.kind === 'booking' ? chooseAgain : step.kind === 'choose' ? undefined : restart });
  useEffect(() => {
    if (step.kind === 'choose') speech.say([t('kiosk.chooseService')]);
  }, [step.kind]);

  const takeTicket = async (service: Service) => {
    setBusy(true);
    try {
      const { data } = await apiAction('/api/tickets', { serviceId: service.id, language: lang }, Ticket);
      setStep(data ? { kind: 'ticket', ticket: data, service } : { kind: 'error' });
    } catch (error) {
      // A 401 means this kiosk's pairing was revoked: the auth gate takes over the screen.
      if (error instanceof ApiError && error.status === 401) return;
      setStep(error instanceof ApiError && error.status === 429 ? { kind: 'choose', tooFast: true } : { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="portrait kiosk">
      <header class="portrait__header kiosk__header">
        <h1>{t('kiosk.title')}</h1>
      </header>
      <PrinterBanner audience="visitor" />
      <div class="portrait__controls kiosk__controls">
        {moreTime && <MoreTimeWarning />}
        {step.kind === 'choose' && (
          <>
            <LanguageSwitcher large />
            <VisitorAids />
            <h2>{t('kiosk.chooseService')}</h2>
            {step.tooFast && <Notice kind="error">{t('kiosk.tooFast')}</Notice>}
            {services === null ? (
              <p>{t('common.loading')}</p>
            ) : services.length === 0 ? (
              <Notice>{t('kiosk.noServices')}</Notice>
            ) : (
              <>
                <ServiceButtons services={services} disabled={busy} onChoose={takeTicket} />
                <button type="button" class="secondary kiosk__booking" onClick={() => setStep({ kind: 'booking' })}>
                  {t('kiosk.haveBooking')}
                </button>
              </>
            )}
            <ListenButton help={help} />
          </>
        )}
        {step.kind === 'booking' && (
          <BookingCheckIn
            onBack={chooseAgain}
            onTicket={(ticket) => {
              const service = services?.find((s) => s.id === ticket.serviceId);
              setStep(service ? { kind: 'ticket', ticket, service, checkedIn: true } : { kind: 'error' });
            }}
          />
        )}
        {step.kind === 'ticket' && <TicketReceipt ticket={step.ticket} service={step.service} checkedIn={step.checkedIn} onDone={restart} />}
        {step.kind === 'error' && (
          <>
            <Notice kind="error">{t('kiosk.error')}</Notice>
            <button type="button" class="kiosk__done" onClick={restart}>
              {t('kiosk.done')}
            </button>
          </>
        )}
      </div>
    </main>
  );
}
