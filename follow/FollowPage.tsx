// The visitor's phone page behind the QR code: their number, how many are before them and about how long, and when
// called, which desk — in the language they chose at the kiosk, switchable to any the centre offers; once the visit is
// over, how it was (./PhoneSurvey.tsx). It knows nothing about any other visitor.
import { useEffect, useRef } from 'preact/hooks';
import type { FollowView } from '../common/schemas/tickets.ts';
import { pageTitle, useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { Notice } from '../ui/Notice.tsx';
import { LocalName, TextWithName } from '../ui/LocalName.tsx';
import { pageFollowToken, useFollow } from './useFollow.ts';
import { useImprovements } from '../ui/useImprovements.ts';
import { ImprovementCard } from '../ui/ImprovementCard.tsx';
import { PhoneSurvey } from './PhoneSurvey.tsx';

function Status({ view }: { view: FollowView }) {
  const { t } = useI18n();
  const desk = { name: view.deskName ?? '', names: view.deskNames };
  if (view.ended) return <p class="follow__status">{t('follow.ended')}</p>;
  // An alert, so a screen reader says it at once, even mid-sentence.
  if (view.state === 'called')
    return (
      <p class="follow__status follow__status--called" role="alert">
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

/** Buzz, buzz: long enough to feel in a pocket. */
const CALLED_VIBRATION = [400, 200, 400];

/**
 * A phone in a pocket or in another tab must still learn that its visitor is called: the tab's title says it, and
 * the phone vibrates once when the call comes (where the browser allows it; iOS Safari has no vibration).
 * calledTo: the desk while the visitor is called, else null.
 */
function useCalledNotice(calledTo: string | null) {
  const { t } = useI18n();
  const wasCalled = useRef(false);
  useEffect(() => {
    if (calledTo !== null && !wasCalled.current) navigator.vibrate?.(CALLED_VIBRATION);
    wasCalled.current = calledTo !== null;
    // Runs after the language provider's own title, so it wins while the call stands.
    document.title = pageTitle(calledTo === null ? t('follow.title') : t('follow.called', { desk: calledTo }), t);
  }, [calledTo, t]);
}

export function FollowPage() {
  const { t, setLang } = useI18n();
  const token = pageFollowToken();
  const state = useFollow(token);
  const improvements = useImprovements();
  const language = state.kind === 'ticket' ? state.view.language : null;
  // The page speaks the language the visitor chose at the kiosk.
  useEffect(() => {
    if (language) setLang(language);
  }, [language]);
  useCalledNotice(state.kind === 'ticket' && !state.view.ended && state.view.state === 'called' ? (state.view.deskName ?? '') : null);

  return (
    <main class="follow">
      <h1>{t('follow.title')}</h1>
      <LanguageSwitcher />
      {state.kind === 'loading' && <p>{t('common.loading')}</p>}
      {state.kind === 'not-found' && <Notice kind="error">{t('follow.notFound')}</Notice>}
      {state.kind === 'ticket' && (
        <section class="follow__ticket" aria-labelledby="follow-number" aria-live="polite">
          <h2 id="follow-number">{t('follow.number')}</h2>
          <p class="follow__number">
            <bdi>{state.view.number}</bdi>
          </p>
          <p>
            <LocalName of={{ name: state.view.serviceName, names: state.view.serviceNames }} />
          </p>
          <Status view={state.view} />
          {!state.view.ended && <p class="follow__live">{t('follow.live')}</p>}
        </section>
      )}
      {/* Once the visit is over, for a day, how it was. */}
      {state.kind === 'ticket' && state.view.survey !== 'closed' && <PhoneSurvey followToken={token} answered={state.view.survey === 'answered'} />}
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
