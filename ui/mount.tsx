// Every screen starts the same way: its component inside the language context, rendered into #app.
import { render, type ComponentType } from 'preact';
import type { LanguageCode } from '../common/i18n/languages.ts';
import type { MessageKey } from '../common/i18n/translate.ts';
import { LanguageProvider } from './i18n.tsx';
import { ShellExit } from './ShellExit.tsx';
import './base.css';

/** shellExit: a visitor screen, which offers the Electron shell's hidden admin exit where the shell provides one. */
export function mountScreen(
  Screen: ComponentType,
  titleKey: MessageKey,
  initialLanguage?: LanguageCode | null,
  options: { shellExit?: boolean } = {},
): void {
  const container = document.getElementById('app');
  if (!container) throw new Error('the page has no #app element');
  render(
    <LanguageProvider initial={initialLanguage ?? null} titleKey={titleKey}>
      <Screen />
      {options.shellExit && <ShellExit />}
    </LanguageProvider>,
    container,
  );
}
