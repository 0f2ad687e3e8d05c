// Which desk screen to show follows from the link: no token → ask for a staff link, no desk → choose one.
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { Notice } from '../ui/Notice.tsx';
import { pageNumber, pageToken } from '../ui/pageParams.ts';
import { DeskConsole } from './DeskConsole.tsx';
import { DeskPicker } from './DeskPicker.tsx';

export function DeskApp() {
  const { t } = useI18n();
  const token = pageToken();
  const deskId = pageNumber('desk');

  if (!token || deskId === null) {
    return (
      <main class="desk">
        <header class="desk__header">
          <h1>{t('desk.title')}</h1>
          <LanguageSwitcher />
        </header>
        {token ? <DeskPicker token={token} /> : <Notice>{t('desk.needsToken')}</Notice>}
      </main>
    );
  }
  return <DeskConsole deskId={deskId} token={token} />;
}
