// The central service's screen: the municipality's one picture (every site side by side), the sites and their
// tokens, and the survey questions opted-in sites take over; one view at a time, chosen by ?view=.
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { SignedInAs } from '../ui/auth/SignedInAs.tsx';
import type { MessageKey } from '../common/i18n/translate.ts';
import { PictureView } from './PictureView.tsx';
import { SitesView } from './SitesView.tsx';
import { CentralQuestions } from './CentralQuestions.tsx';

const VIEWS = ['picture', 'sites', 'questions'] as const;
type View = (typeof VIEWS)[number];
const LABELS: Record<View, MessageKey> = { picture: 'centralApp.view.picture', sites: 'centralApp.view.sites', questions: 'centralApp.view.questions' };

function viewOf(search: string): View {
  const asked = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(asked ?? '') ? (asked as View) : 'picture';
}

export function CentralApp() {
  const { t } = useI18n();
  const view = viewOf(window.location.search);
  return (
    <main class="admin">
      <header class="screen-header">
        <h1>{t('centralApp.title')}</h1>
        <SignedInAs />
        <LanguageSwitcher />
      </header>
      <nav class="admin__nav" aria-label={t('centralApp.views')}>
        <ul>
          {VIEWS.map((name) => (
            <li key={name}>
              <a href={`?view=${name}`} aria-current={name === view ? 'page' : undefined}>
                {t(LABELS[name])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'sites' ? <SitesView /> : view === 'questions' ? <CentralQuestions /> : <PictureView />}
    </main>
  );
}
