// The centre's corrections of the shipped visitor texts, stored per language and key (migration 012). An import is
// checked whole before anything is written (common/i18n/translationCsv.ts) and then applied in one transaction with
// its translations.changed event, so open screens re-read the texts at once and a refused file changes nothing.
import type { HubContext } from '../context.ts';
import type { Db } from '../db/openDatabase.ts';
import { invalid } from '../problems.ts';
import { CATALOGUES } from '../../common/i18n/translate.ts';
import { CATALOGUE_CODES, languageInfo, type CatalogueCode } from '../../common/i18n/languages.ts';
import type { Messages } from '../../common/i18n/messageFormat.ts';
import { readTranslationCsv, translationCsv } from '../../common/i18n/translationCsv.ts';
import { VISITOR_KEYS } from '../../common/i18n/visitorKeys.ts';
import type { TranslationImported, TranslationsAnswer } from '../../common/schemas/translations.ts';

/** How many problems the refusal spells out; the rest are counted. */
const PROBLEMS_NAMED = 5;

export function readOverrides(db: Db, lang: CatalogueCode): Messages {
  const rows = db.prepare<[string], { key: string; text: string }>('SELECT key, text FROM translation_overrides WHERE lang = ? ORDER BY key').all(lang);
  return Object.fromEntries(rows.map((row) => [row.key, row.text]));
}

export function exportTranslations(ctx: HubContext, lang: CatalogueCode): string {
  return translationCsv(lang, CATALOGUES[lang].messages, readOverrides(ctx.db, lang));
}

export function translationOverview(ctx: HubContext): TranslationsAnswer {
  const counts = new Map(
    ctx.db
      .prepare<[], { lang: string; n: number }>('SELECT lang, count(*) AS n FROM translation_overrides GROUP BY lang')
      .all()
      .map((row) => [row.lang, row.n]),
  );
  const { visitorLanguages } = ctx.settings();
  return {
    languages: CATALOGUE_CODES.map((code) => ({
      code,
      name: languageInfo(code).name,
      enabled: visitorLanguages.includes(code),
      draft: CATALOGUES[code].meta.draft,
      visitorTexts: VISITOR_KEYS.length,
      overridden: counts.get(code) ?? 0,
    })),
  };
}

export function importTranslations(ctx: HubContext, lang: CatalogueCode, csv: string): TranslationImported {
  const read = readTranslationCsv(lang, csv, CATALOGUES[lang].messages);
  if (!read.ok) {
    const named = read.problems.slice(0, PROBLEMS_NAMED).map((p) => `line ${p.line}: ${p.message}`);
    const more = read.problems.length - named.length;
    throw invalid('translation-invalid', `nothing was imported: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
  }
  return ctx.writer.write((emit, nowMs) => {
    const before = readOverrides(ctx.db, lang);
    const remove = ctx.db.prepare('DELETE FROM translation_overrides WHERE lang = ? AND key = ?');
    const upsert = ctx.db.prepare(
      'INSERT INTO translation_overrides (lang, key, text, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (lang, key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at',
    );
    let changed = 0;
    for (const [key, text] of read.changes) {
      if ((before[key] ?? null) === text) continue;
      changed++;
      if (text === null) remove.run(lang, key);
      else upsert.run(lang, key, text, nowMs);
    }
    const overridden = Object.keys(readOverrides(ctx.db, lang)).length;
    if (changed > 0) emit({ type: 'translations.changed', lang, overridden });
    return { lang, changed, overridden };
  });
}
