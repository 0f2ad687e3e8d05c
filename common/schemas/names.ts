// The translations beside a default name (common/i18n/localName.ts), as requests give them and answers carry them.
import { z } from 'zod';
import { LANGUAGE_CODES, isLanguageCode } from '../i18n/languages.ts';
import type { Names } from '../i18n/localName.ts';
import { cleanString } from './text.ts';

const known = `names takes language codes Lotsa knows: ${LANGUAGE_CODES.join(', ')}`;

/** What an answer carries: every translation given (events stored before names existed parse with none). */
export const NamesView = z
  .partialRecord(z.enum(LANGUAGE_CODES), z.string())
  .default({})
  .describe("the name per language code; a language left out shows the default name, in the centre's name language");

/** The translations a request sets, each cleaned and held to the length of the default name; an unknown code is a 400. */
export function NamesBody(what: string, max: number): z.ZodType<Names, Record<string, string>> {
  // Keys checked here rather than by an enum key schema: the refusal then names the code and carries its error code.
  const names = z
    .record(z.string(), cleanString({ what, max }))
    .superRefine((names, ctx) => {
      for (const code of Object.keys(names)) {
        if (!isLanguageCode(code)) ctx.addIssue({ code: 'custom', path: [code], message: `"${code}" is not a language: ${known}`, params: { code: 'unknown-language' } });
      }
    })
    .describe(`the name per language code (${LANGUAGE_CODES.join(', ')}); a language left out shows the default name`);
  return names as z.ZodType<Names, Record<string, string>>;
}
