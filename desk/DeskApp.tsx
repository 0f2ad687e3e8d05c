// Which desk screen to show follows from the link: no desk → choose one. Who may use it is settled by the auth gate.
import { SignedInAs } from '../ui/auth/SignedInAs.tsx';
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { pageNumber, pageToken } from '../ui/pageParams.ts';
import { DeskConsole } from './DeskConsole.tsx';
import { DeskPicker } from './DeskPicker.tsx';

export function DeskApp() {
  const { t } = useI18n();
  const token = pageToken();
  const deskId = pageNumber('desk');

  if (deskId === null) {
    return (
      <main class="desk">
        <header class="screen-header desk__header">
          <h1>{t('desk.title')}</h1>
          <SignedInAs />
          <LanguageSwitcher />
        </header>
        <DeskPicker token={token} />
      </main>
    );
  }
  return <DeskConsole deskId={deskId} token={token} />;
}
