// Every screen starts the same way: its component inside the language context, rendered into #app.
import { render, type ComponentType } from 'preact';
import type { LanguageCode } from '../common/i18n/languages.ts';
import type { MessageKey } from '../common/i18n/translate.ts';
import { LanguageProvider } from './i18n.tsx';
import './base.css';

export function mountScreen(Screen: ComponentType, titleKey: MessageKey, initialLanguage?: LanguageCode | null): void {
  const container = document.getElementById('app');
  if (!container) throw new Error('the page has no #app element');
  render(
    <LanguageProvider initial={initialLanguage ?? null} titleKey={titleKey}>
      <Screen />
    </LanguageProvider>,
    container,
  );
}
