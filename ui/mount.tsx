// Every screen starts the same way: its component inside the language context, behind the auth gate, rendered into
// #app.
import { render, type ComponentType } from 'preact';
import type { LanguageCode } from '../common/i18n/languages.ts';
import type { MessageKey } from '../common/i18n/translate.ts';
import { AuthGate } from './auth/AuthGate.tsx';
import type { ScreenAccess } from './auth/screenAccess.ts';
import { LanguageProvider, LiveTranslations, type Audience } from './i18n.tsx';
import { ShellExit } from './ShellExit.tsx';
import './base.css';

interface MountOptions {
  /** A visitor screen, which offers the Electron shell's hidden admin exit where the shell provides one. */
  shellExit?: boolean;
  /** Who may open the screen; without it the screen is open to anyone (the follow page, behind its own token). */
  access?: ScreenAccess;
  /** Whom the screen's languages are for (ui/i18n.tsx): staff unless said. */
  audience?: Audience;
}

/** The survey screen and the follow page may not open the event stream: they take corrected texts when they next
 *  show a language. */
const followsStream = (access: ScreenAccess | undefined) => access !== undefined && !(access.kind === 'device' && access.role === 'survey');

export function mountScreen(Screen: ComponentType, titleKey: MessageKey, initialLanguage?: LanguageCode | null, options: MountOptions = {}): void {
  const container = document.getElementById('app');
  if (!container) throw new Error('the page has no #app element');
  render(
    <LanguageProvider initial={initialLanguage ?? null} audience={options.audience ?? 'staff'} titleKey={titleKey}>
      {options.access ? (
        <AuthGate access={options.access}>
          <Screen />
          {followsStream(options.access) && options.audience !== 'central' && <LiveTranslations />}
        </AuthGate>
      ) : (
        <Screen />
      )}
      {options.shellExit && <ShellExit />}
    </LanguageProvider>,
    container,
  );
}
