// The silent alarm: one button, then a confirmation so a slip of the hand does not alarm the whole centre. Nothing
// about it shows on the public display (the hub sends the event to staff connections only).
import { useState } from 'preact/hooks';
import { ConfirmQuestion } from '../ui/ConfirmQuestion.tsx';
import { useI18n } from '../ui/i18n.tsx';

export function AlarmButton({ onRaise }: { onRaise: () => Promise<boolean> }) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'confirm' | 'raised'>('idle');
  return (
    <section class="alarm" aria-label={t('desk.alarm')}>
      {step === 'confirm' ? (
        <ConfirmQuestion
          id="alarm-question"
          question={t('desk.alarmConfirm')}
          yes={t('desk.alarmYes')}
          no={t('desk.cancel')}
          onYes={async () => setStep((await onRaise()) ? 'raised' : 'idle')}
          onNo={() => setStep('idle')}
        />
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
