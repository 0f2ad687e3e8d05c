// The central service (issue 17) on the settings page: whether this site's visits and ratings reach it (the state
// GET /api/health reports, looked at again every 10 s), and where to send them, with which token and what to share.
// The site token is write-only: the field stays empty, a saved one is only said to be saved.
import { useEffect, useState } from 'preact/hooks';
import { CentreSettings } from '../../common/schemas/settings.ts';
import { Health } from '../../common/schemas/health.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useCreate } from '../useCreate.ts';

const HEALTH_EVERY_MS = 10_000;

function useCentralHealth(): Health['central'] | null {
  const [central, setCentral] = useState<Health['central'] | null>(null);
  useEffect(() => {
    let stopped = false;
    const look = () => apiGet('/api/health', Health).then((health) => !stopped && setCentral(health.central), () => {});
    void look();
    const timer = setInterval(look, HEALTH_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return central;
}

export function CentralSyncSection() {
  const { t, fmt } = useI18n();
  const central = useCentralHealth();
  const [stored, setStored] = useState<CentreSettings | null>(null);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [shareComments, setShareComments] = useState(false);
  const [takeQuestions, setTakeQuestions] = useState(false);
  const [saved, setSaved] = useState(false);
  const show = (settings: CentreSettings) => {
    setStored(settings);
    setUrl(settings.centralUrl ?? '');
    setToken('');
    setShareComments(settings.centralShareComments);
    setTakeQuestions(settings.centralSurveyQuestions);
  };
  const { create: save, error, busy } = useCreate('/api/settings', CentreSettings, (settings) => {
    show(settings);
    setSaved(true);
  });
  useEffect(() => {
    apiGet('/api/settings', CentreSettings).then(show, () => {});
  }, []);
  if (stored === null) return null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    await save({
      centralUrl: url.trim() === '' ? null : url.trim(),
      centralShareComments: shareComments,
      centralSurveyQuestions: takeQuestions,
      // Left empty, the saved token stays.
      ...(token.trim() === '' ? {} : { centralSiteToken: token.trim() }),
    });
  };

  return (
    <section class="admin__section" aria-labelledby="central-heading">
      <h2 id="central-heading">{t('central.title')}</h2>
      {central && (
        <dl class="printer-facts" aria-live="polite">
          <dt>{t('central.state')}</dt>
          <dd class={`printer-facts__state central-state--${central.state}`}>{t(`central.state.${central.state}`)}</dd>
          <dt>{t('central.lastSync')}</dt>
          <dd>{central.lastSyncAt === null ? t('central.never') : fmt.dayAndTime(central.lastSyncAt)}</dd>
          <dt>{t('central.pending')}</dt>
          <dd>{fmt.count(central.pending)}</dd>
        </dl>
      )}
      <form class="admin__form settings-form" onSubmit={submit}>
        <div class="admin__field settings-form__wide">
          <label for="central-url">{t('central.url')}</label>
          <input id="central-url" type="url" inputMode="url" aria-describedby="central-url-hint" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          <span id="central-url-hint" class="field-hint">
            {t('central.urlHint')}
          </span>
        </div>
        <div class="admin__field settings-form__wide">
          <label for="central-token">{t('central.token')}</label>
          <input
            id="central-token"
            type="password"
            autoComplete="off"
            aria-describedby="central-token-hint"
            value={token}
            onInput={(e) => setToken(e.currentTarget.value)}
          />
          <span id="central-token-hint" class="field-hint">
            {stored.centralSiteTokenSet ? t('central.tokenSaved') : t('central.tokenNone')}
          </span>
        </div>
        <label class="admin__choice">
          <input type="checkbox" checked={shareComments} onChange={(e) => setShareComments(e.currentTarget.checked)} />
          {t('central.shareComments')}
        </label>
        <label class="admin__choice">
          <input type="checkbox" checked={takeQuestions} onChange={(e) => setTakeQuestions(e.currentTarget.checked)} />
          {t('central.surveyQuestions')}
        </label>
        <button type="submit" disabled={busy}>
          {t('central.save')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {saved && <Notice>{t('settings.saved')}</Notice>}
    </section>
  );
}
