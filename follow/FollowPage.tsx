// The visitor's phone page behind the QR code: their number, how many are before them and about how long, and when
// called, which desk — in the language they chose at the kiosk, switchable to any the centre offers. It knows nothing about any other visitor.
import { useEffect } from 'preact/hooks';
import type { FollowView } from '../common/schemas/tickets.ts';
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { Notice } from '../ui/Notice.tsx';
import { LocalName, TextWithName } from '../ui/LocalName.tsx';
import { pageFollowToken, useFollow } from './useFollow.ts';

function Status({ view }: { view: FollowView }) {
  const { t } = useI18n();
  const desk = { name: view.deskName ?? '', names: view.deskNames };
  if (view.ended) return <p class="follow__status">{t('follow.ended')}</p>;
  if (view.state === 'called')
    return (
      <p class="follow__status follow__status--called">
        <TextWithName message={(slot) => t('follow.called', { desk: slot })} name={desk} />
      </p>
    );
  if (view.state === 'serving')
    return (
      <p class="follow__status">
        <TextWithName message={(slot) => t('follow.serving', { desk: slot })} name={desk} />
      </p>
    );
  if (view.state === 'parked') return <p class="follow__status">{t('follow.parked')}</p>;
  return (
    <>
      <p class="follow__status">{view.ahead === 0 ? t('follow.aheadNone') : t('follow.ahead', { count: view.ahead })}</p>
      {view.ahead > 0 && <p>{t('follow.estimate', { minutes: view.estimatedWaitMinutes })}</p>}
    </>
  );
}

export function FollowPage() {
  const { t, setLang } = useI18n();
  const state = useFollow(pageFollowToken());
  const language = state.kind === 'ticket' ? state.view.language : null;
  // The page speaks the language the visitor chose at the kiosk.
  useEffect(() => {
    if (language) setLang(language);
  }, [language]);

  return (
    <main class="follow">
      <h1>{t('follow.title')}</h1>
      <LanguageSwitcher />
      {state.kind === 'loading' && <p>{t('common.loading')}</p>}
      {state.kind === 'not-found' && <Notice kind="error">{t('follow.notFound')}</Notice>}
      {state.kind === 'ticket' && (
        <section class="follow__ticket" aria-labelledby="follow-number" aria-live="polite">
          <h2 id="follow-number">{t('follow.number')}</h2>
          <p class="follow__number">{state.view.number}</p>
          <p>
            <LocalName of={{ name: state.view.serviceName, names: state.view.serviceNames }} />
          </p>
          <Status view={state.view} />
          {!state.view.ended && <p class="follow__live">{t('follow.live')}</p>}
        </section>
      )}
    </main>
  );
}
