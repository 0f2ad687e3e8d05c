// A centre's corrections of the shipped visitor texts: the CSV a translator edits (GET/POST /api/translations/:lang),
// the overrides the screens lay over their catalogue (public, as a kiosk shows them before anyone signs in), and the
// admin's overview of every language.
import { z } from 'zod';
import { CATALOGUE_CODES } from '../i18n/languages.ts';

export const CatalogueLanguage = z.enum(CATALOGUE_CODES).describe('a language whose catalogue ships');

export const TranslationParams = z.strictObject({ lang: CatalogueLanguage });

export const TranslationOverrides = z
  .object({
    lang: CatalogueLanguage,
    messages: z.record(z.string(), z.string()).describe("the centre's text per visitor key where it differs from the shipped one"),
  })
  .meta({ id: 'TranslationOverrides' });
export type TranslationOverrides = z.infer<typeof TranslationOverrides>;

export const TranslationLanguage = z.object({
  code: CatalogueLanguage,
  name: z.string().describe('the language’s own name in its own script'),
  enabled: z.boolean().describe("offered on this centre's visitor screens"),
  draft: z.boolean().describe('the shipped texts have not been reviewed by a translator; overrides do not change that'),
  visitorTexts: z.number().int().describe('how many texts the CSV holds'),
  overridden: z.number().int().describe('how many of them this centre has corrected'),
});

export const TranslationsAnswer = z.object({ languages: z.array(TranslationLanguage) }).meta({ id: 'Translations' });
export type TranslationsAnswer = z.infer<typeof TranslationsAnswer>;

export const TranslationImported = z
  .object({
    lang: CatalogueLanguage,
    changed: z.number().int().describe('texts whose override was set, changed or removed by this file'),
    overridden: z.number().int().describe('texts of this language the centre now overrides'),
  })
  .meta({ id: 'TranslationImported' });
export type TranslationImported = z.infer<typeof TranslationImported>;
