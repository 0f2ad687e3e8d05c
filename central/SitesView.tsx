// The sites that push to this service: add one (its token is shown this once, to paste into the site's hub), give
// one a new token (the old one stops at once) or revoke it (the site can push no more; its figures stay). Both
// changes ask first: a site with a lost token stops sending until someone visits its hub.
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { Site, SiteWithToken } from '../common/schemas/central.ts';
import { apiGet, apiPost } from '../ui/apiClient.ts';
import { ConfirmQuestion } from '../ui/ConfirmQuestion.tsx';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { errorText } from '../ui/errorText.ts';
import { useAttempt } from '../ui/useAttempt.ts';
import { useCreate } from '../admin/useCreate.ts';
import { upsertById } from '../admin/upsertById.ts';

type Site = z.infer<typeof Site>;
type Shown = z.infer<typeof SiteWithToken>;
type Asking = { id: number; action: 'token' | 'revoke' } | null;

function TokenOnce({ site }: { site: Shown }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(site.siteToken).then(
      () => setCopied(true),
      () => undefined,
    );
  return (
    <div class="site-token" role="status">
      <p>
        <strong>{t('centralApp.sites.tokenOnce', { name: site.name })}</strong>
      </p>
      <label class="admin__field">
        {t('centralApp.sites.token')}
        <input readOnly dir="ltr" value={site.siteToken} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={() => void copy()}>
        {t('centralApp.sites.copy')}
      </button>
      {copied && <span>{t('centralApp.sites.copied')}</span>}
      <p>{t('centralApp.sites.tokenHow')}</p>
    </div>
  );
}

export function SitesView() {
  const { t, fmt } = useI18n();
  const [sites, setSites] = useState<Site[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const { busy, error, attempt } = useAttempt();
  const { create, error: createError, busy: creating } = useCreate('/api/sites', SiteWithToken, (site) => {
    setShown(site);
    setSites((list) => upsertById(list ?? [], site));
    setName('');
  });
  useEffect(() => {
    apiGet('/api/sites', z.array(Site)).then(setSites, (e: Error) => setLoadError(e.message));
  }, []);
  const act = (site: Site, action: 'token' | 'revoke') =>
    attempt(async () => {
      setAsking(null);
      const { data } = await apiPost(`/api/sites/${site.id}/${action}`, {}, action === 'token' ? SiteWithToken : Site);
      if (!data) return;
      setSites((list) => upsertById(list ?? [], data));
      setShown(action === 'token' ? (data as Shown) : null);
    });

  return (
    <section class="admin__section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('centralApp.sites.title')}</h2>
      <form
        class="admin__form"
        onSubmit={(event) => {
          event.preventDefault();
          void create({ name });
        }}
      >
        <div class="admin__field">
          <label for="site-name">{t('centralApp.sites.name')}</label>
          <input id="site-name" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <button type="submit" disabled={creating}>
          {t('centralApp.sites.add')}
        </button>
      </form>
      {createError !== null && <Notice kind="error">{t('common.error', { message: createError })}</Notice>}
      {error !== null && <Notice kind="error">{errorText(error, t)}</Notice>}
      {shown && <TokenOnce site={shown} />}
      {loadError !== null ? (
        <Notice kind="error">{t('common.error', { message: loadError })}</Notice>
      ) : sites === null ? (
        <p>{t('common.loading')}</p>
      ) : sites.length === 0 ? (
        <p>{t('centralApp.sites.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('centralApp.sites.name')}</th>
              <th scope="col">{t('centralApp.sites.lastSync')}</th>
              <th scope="col">{t('centralApp.sites.state')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => (
              <tr key={site.id}>
                <th scope="row">{site.name}</th>
                <td>{site.lastSyncAt ? fmt.dayAndTime(site.lastSyncAt) : t('centralApp.sites.never')}</td>
                <td>{site.revokedAt ? t('centralApp.sites.revoked', { when: fmt.dayAndTime(site.revokedAt) }) : t('centralApp.sites.active')}</td>
                <td>
                  {asking?.id === site.id ? (
                    <ConfirmQuestion
                      id={`site-${site.id}-${asking.action}`}
                      question={t(asking.action === 'token' ? 'centralApp.sites.tokenConfirm' : 'centralApp.sites.revokeConfirm', { name: site.name })}
                      yes={t(asking.action === 'token' ? 'centralApp.sites.tokenYes' : 'centralApp.sites.revokeYes')}
                      no={t('centralApp.cancel')}
                      onYes={() => void act(site, asking.action)}
                      onNo={() => setAsking(null)}
                    />
                  ) : (
                    <div class="admin__actions">
                      <button type="button" class="secondary" disabled={busy} aria-label={t('centralApp.sites.tokenFor', { name: site.name })} onClick={() => setAsking({ id: site.id, action: 'token' })}>
                        {t('centralApp.sites.tokenButton')}
                      </button>
                      {!site.revokedAt && (
                        <button type="button" class="secondary" disabled={busy} aria-label={t('centralApp.sites.revokeFor', { name: site.name })} onClick={() => setAsking({ id: site.id, action: 'revoke' })}>
                          {t('centralApp.sites.revokeButton')}
                        </button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
