// "Listen" on a first screen, for a visitor who sees a little and wants the screen read: starts speech mode.
import { useI18n } from '../i18n.tsx';
import { useSpeech } from './SpeechMode.tsx';

export function ListenButton({ help }: { help: string }) {
  const { t } = useI18n();
  const speech = useSpeech();
  return (
    <button type="button" class="secondary listen-button" aria-pressed={speech.on} onClick={() => (speech.on ? speech.say([help]) : speech.start(help))}>
      {t('common.speech.listen')}
    </button>
  );
}
