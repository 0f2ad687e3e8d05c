// GET /api/languages: every language Lotsa knows, the centre's visitor languages first and in its order.
import type { HubContext } from './context.ts';
import { LANGUAGES, type LanguageCode } from '../common/i18n/languages.ts';
import { VOICE_LANGUAGES } from '../common/announcement/clips.ts';
import type { LanguageEntry, LanguagesAnswer } from '../common/schemas/languages.ts';

export function languageList(ctx: Pick<HubContext, 'settings'>): LanguagesAnswer {
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
        // Only the clips that ship count: a language without them is called in Swedish, whatever espeak-ng could say.
        voice: (VOICE_LANGUAGES as readonly LanguageCode[]).includes(language.code) ? 'synthesized' : 'none',
      }),
    );
  return { languages, timeZone, nameLanguage };
}
