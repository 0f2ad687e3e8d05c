// The visitor's phone page behind the QR code: their number, how many are before them and about how long, and when
// called, which desk — in the language they chose at the kiosk, switchable to any the centre offers. It knows nothing about any other visitor.
import { useEffect } from 'preact/hooks';
import type { FollowView } from '../common/schemas/tickets.ts';
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { Notice } from '../ui/Notice.tsx';
import { pageFollowToken, useFollow } from './useFollow.ts';
import { useImprovements } from '../ui/useImprovements.ts';
import { ImprovementCard } from '../ui/ImprovementCard.tsx';

function Status({ view }: { view: FollowView }) {
  const { t } = useI18n();
  const desk = view.deskName ?? '';
  if (view.ended) return <p class="follow__status">{t('follow.ended')}</p>;
  if (view.state === 'called') return <p class="follow__status follow__status--called">{t('follow.called', { desk })}</p>;
  if (view.state === 'serving') return <p class="follow__status">{t('follow.serving', { desk })}</p>;
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
  const improvements = useImprovements();
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
          <p>{state.view.serviceName}</p>
          <Status view={state.view} />
          {!state.view.ended && <p class="follow__live">{t('follow.live')}</p>}
        </section>
      )}
      {/* While the visitor waits, what earlier comments changed; never once they are called. */}
      {state.kind === 'ticket' && state.view.state === 'waiting' && improvements.length > 0 && (
        <section class="follow__improvements" aria-labelledby="follow-improvements">
          <h2 id="follow-improvements">{t('common.youSaidWeDid')}</h2>
          {improvements.map((improvement) => (
            <ImprovementCard key={improvement.id} improvement={improvement} />
          ))}
        </section>
      )}
    </main>
  );
}
