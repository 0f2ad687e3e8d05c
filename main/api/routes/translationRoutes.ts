// The centre's corrections of the shipped visitor texts: the administrator's overview and CSV round trip, and the
// overrides every visitor screen lays over its catalogue (public: a kiosk reads them before anyone signs in). The
// CSV route comes before the JSON one, so /api/translations/ar.csv is never read as the language "ar.csv".
import { z } from 'zod';
import type { HubContext } from '../../context.ts';
import { TranslationImported, TranslationOverrides, TranslationParams, TranslationsAnswer } from '../../../common/schemas/translations.ts';
import { exportTranslations, importTranslations, readOverrides, translationOverview } from '../../translations/translationOverrides.ts';
import { csvFile, CSV_TYPE, ok, route, type RouteSpec } from '../route.ts';

export function translationRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/translations',
      summary: 'Every language with a catalogue: its draft state, whether the centre offers it, and how many of its visitor texts the centre has corrected',
      responses: { 200: TranslationsAnswer },
      handle: () => ok(translationOverview(ctx)),
    }),
    route({
      method: 'GET',
      url: '/api/translations/:lang.csv',
      summary: "A language's visitor texts as CSV for a translator (UTF-8 with BOM, CRLF): key, English, and the text the screens show now",
      params: TranslationParams,
      produces: CSV_TYPE,
      responses: { 200: z.string() },
      handle: ({ params }) => csvFile(exportTranslations(ctx, params.lang), `lotsa-${params.lang}.csv`),
    }),
    route({
      method: 'GET',
      url: '/api/translations/:lang',
      summary: "The centre's corrected visitor texts of a language, which the screens show instead of the shipped ones",
      params: TranslationParams,
      responses: { 200: TranslationOverrides },
      handle: ({ params }) => ok({ lang: params.lang, messages: readOverrides(ctx.db, params.lang) }),
    }),
    route({
      method: 'POST',
      url: '/api/translations/:lang',
      summary:
        'Imports a corrected CSV (text/csv, as exported): each listed text overrides the shipped one, an empty cell or the shipped text removes the override, unlisted keys keep theirs. A file with any bad line (unknown or non-visitor key, placeholders missing or renamed, malformed ICU) is refused whole, naming the lines',
      params: TranslationParams,
      body: z.string().describe('the CSV: key,English,<language> header, then one row per text'),
      consumes: 'text/csv',
      responses: { 200: TranslationImported },
      handle: ({ params, body }) => ok(importTranslations(ctx, params.lang, body)),
    }),
  ];
}
