// The silent alarm: one button, then a confirmation so a slip of the hand does not alarm the whole centre. Nothing
// about it shows on the public display (the hub sends the event to staff connections only).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../ui/i18n.tsx';

export function AlarmButton({ onRaise }: { onRaise: () => Promise<boolean> }) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'confirm' | 'raised'>('idle');
  const cancel = useRef<HTMLButtonElement>(null);
  // The question takes the focus, on its harmless answer, so a keyboard user is never left on a vanished button.
  useEffect(() => {
    if (step === 'confirm') cancel.current?.focus();
  }, [step]);
  return (
    <section class="alarm" aria-label={t('desk.alarm')}>
      {step === 'confirm' ? (
        <div class="alarm__confirm" role="alertdialog" aria-labelledby="alarm-question">
          <p id="alarm-question">{t('desk.alarmConfirm')}</p>
          <button type="button" class="alarm__yes" onClick={async () => setStep((await onRaise()) ? 'raised' : 'idle')}>
            {t('desk.alarmYes')}
          </button>
          <button type="button" class="secondary" ref={cancel} onClick={() => setStep('idle')}>
            {t('desk.cancel')}
          </button>
        </div>
      ) : (
        <>
          <button type="button" class="secondary alarm__button" onClick={() => setStep('confirm')}>
            {t('desk.alarm')}
          </button>
          {step === 'raised' && <p role="status">{t('desk.alarmRaised')}</p>}
        </>
      )}
    </section>
  );
}
