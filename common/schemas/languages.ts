// GET /api/languages: every language Lotsa knows, whether this centre offers it on its visitor screens (the enabled
// ones first, in the centre's order), and whether its calls can be heard. Public: a kiosk shows its language buttons
// before anyone signs in. The centre's time zone comes along, so every screen shows times on the centre's clock.
import { z } from 'zod';
import { Language } from './tickets.ts';

export const VOICE_KINDS = ['synthesized', 'recorded', 'none'] as const;

export const LanguageEntry = z.object({
  code: Language,
  name: z.string().describe('the language’s own name in its own script'),
  dir: z.enum(['ltr', 'rtl']),
  enabled: z.boolean().describe("offered on this centre's visitor screens (settings.visitorLanguages)"),
  draft: z.boolean().describe('no translator has reviewed its texts yet'),
  voice: z.enum(VOICE_KINDS).describe("how the display reads calls in it: recorded, the centre's voice pack (<data>/voice/<code>/) has every clip; synthesized, the built-in espeak-ng clips; none, in Swedish"),
});
export type LanguageEntry = z.infer<typeof LanguageEntry>;

export const LanguagesAnswer = z
  .object({
    languages: z.array(LanguageEntry),
    timeZone: z.string().describe("the centre's time zone (settings.timeZone), for the times screens show"),
    nameLanguage: Language.describe('the language default names are written in (settings.nameLanguage): a name shown without a translation is marked as this language'),
  })
  .meta({ id: 'Languages' });
export type LanguagesAnswer = z.infer<typeof LanguagesAnswer>;
