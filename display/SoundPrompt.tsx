import { useI18n } from '../ui/i18n.tsx';

/** The one-time tap a browser needs before a page may play sound; shown until someone gives it. */
export function SoundPrompt({ onEnable }: { onEnable: () => void }) {
  const { t } = useI18n();
  return (
    <div class="sound-prompt">
      <p>{t('sound.off')}</p>
      <button type="button" class="sound-prompt__button" onClick={onEnable}>
        {t('sound.enable')}
      </button>
    </div>
  );
}
