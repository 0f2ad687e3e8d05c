// "You said, we did": what visitors' comments led to, recorded by an administrator in the languages the centre
// writes them in, shown on the wall display between calls and on the follow page while the visitor waits.
import { z } from 'zod';
import { Id, IsoTime } from './common.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages.ts';
import { cleanString } from './text.ts';

export const IMPROVEMENT_TEXT_MAX = 300;

/** One text per language code; at least one, and an unknown code is refused rather than silently dropped. */
const textsIn = (what: string) =>
  z
    .strictObject(
      Object.fromEntries(LANGUAGE_CODES.map((code) => [code, cleanString({ what: `${what} (${code})`, max: IMPROVEMENT_TEXT_MAX }).optional()])) as Record<
        LanguageCode,
        z.ZodOptional<ReturnType<typeof cleanString>>
      >,
    )
    .refine((texts) => Object.values(texts).some((text) => text !== undefined), `${what} needs a text in at least one language`)
    .describe(`${what}, per language code; at least one, each at most ${IMPROVEMENT_TEXT_MAX} characters`);

export type ImprovementTexts = Partial<Record<LanguageCode, string>>;

export const CreateImprovementBody = z.strictObject({
  said: textsIn('what visitors said'),
  did: textsIn('what the centre did'),
});
export type CreateImprovementBody = z.infer<typeof CreateImprovementBody>;

const Texts = z.partialRecord(z.enum(LANGUAGE_CODES), z.string());

export const Improvement = z
  .object({ id: Id, said: Texts, did: Texts, createdAt: IsoTime, retiredAt: IsoTime.nullable() })
  .meta({ id: 'Improvement' });
export type Improvement = z.infer<typeof Improvement>;

export const ImprovementList = z
  .object({ improvements: z.array(Improvement).describe('the current ones (not retired), oldest first') })
  .meta({ id: 'ImprovementList' });
export type ImprovementList = z.infer<typeof ImprovementList>;

/** The text a screen in `lang` shows, with the language it is in: its own, else the centre's default language,
 *  else the first there is (a screen marks a fallback with its lang, so a screen reader pronounces it right). */
export function textIn(texts: ImprovementTexts, lang: LanguageCode): { lang: LanguageCode; text: string } {
  const shown = [lang, DEFAULT_LANGUAGE, ...LANGUAGE_CODES].find((code) => texts[code] !== undefined) ?? lang;
  return { lang: shown, text: texts[shown] ?? '' };
}
