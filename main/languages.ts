// GET /api/languages: every language Lotsa knows, the centre's visitor languages first and in its order.
import type { HubContext } from './context.ts';
import { LANGUAGES, type LanguageCode } from '../common/i18n/languages.ts';
import type { LanguageEntry, LanguagesAnswer } from '../common/schemas/languages.ts';
import { voiceKind } from './voicePacks.ts';

export function languageList(ctx: Pick<HubContext, 'settings' | 'voicePacks'>): LanguagesAnswer {
  const { visitorLanguages, timeZone, nameLanguage } = ctx.settings();
  const enabled: readonly LanguageCode[] = visitorLanguages;
  const rank = (code: LanguageCode) => (enabled.includes(code) ? enabled.indexOf(code) : enabled.length + LANGUAGES.findIndex((l) => l.code === code));
  const languages = [...LANGUAGES]
    .sort((a, b) => rank(a.code) - rank(b.code))
    .map(
      (language): LanguageEntry => ({
        code: language.code,
        name: language.name,
        dir: language.dir,
        enabled: enabled.includes(language.code),
        draft: language.draft,
        voice: voiceKind(ctx.voicePacks, language.code),
      }),
    );
  return { languages, timeZone, nameLanguage };
}
