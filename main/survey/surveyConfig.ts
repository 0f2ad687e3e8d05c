// The survey an administrator sets up: which question slots are asked, in what order and with what words. A slot
// whose Swedish and English wording are the product's own is asked in the product's translation in every visitor
// language (all ten ship), with any wording the administrator gave for a language in its place. A slot the
// administrator reworded is their own question: it takes names per language like a service (common/i18n/localName.ts),
// and a language without one asks the default wording, marked as the language it is written in.
import type { HubContext } from '../context.ts';
import { t, type MessageKey } from '../../common/i18n/translate.ts';
import { LANGUAGE_CODES, STAFF_LANGUAGES, staffLanguage, type LanguageCode, type StaffLanguage } from '../../common/i18n/languages.ts';
import { localName, type LocalName, type Names } from '../../common/i18n/localName.ts';
import type { SurveyConfig, SurveyQuestions } from '../../common/schemas/survey.ts';
import { writeSetting } from '../settings.ts';

interface QuestionRow {
  id: number;
  active: number;
  texts: string;
}

function questionRows(ctx: HubContext): QuestionRow[] {
  return ctx.db.prepare<[], QuestionRow>('SELECT id, active, texts FROM survey_questions ORDER BY position, id').all();
}

const shipped = (id: number, language: LanguageCode): string => t(language, `survey.q.${id}` as MessageKey);

/** Reworded: its meaning, which the staff languages define, is no longer the product's question. */
const reworded = (id: number, texts: Names): boolean => STAFF_LANGUAGES.some((code) => texts[code] !== undefined && texts[code] !== shipped(id, code));

/** The question in one language, and the language that text is in. */
export function questionText(id: number, stored: Names, language: LanguageCode, nameLanguage: LanguageCode): LocalName {
  if (!reworded(id, stored)) return { text: stored[language] ?? shipped(id, language), lang: language };
  // The default wording is the one in the centre's name language, else in the staff language nearest it.
  const source = stored[nameLanguage] !== undefined ? nameLanguage : staffLanguage(nameLanguage);
  return localName({ name: stored[source]!, names: stored }, language, source);
}

const storedTexts = (row: QuestionRow): Names => JSON.parse(row.texts) as Names;

export function readSurveyConfig(ctx: HubContext): SurveyConfig {
  const { nameLanguage } = ctx.settings();
  return {
    idleResetSeconds: ctx.settings().surveyIdleSeconds,
    questions: questionRows(ctx).map((row) => {
      const stored = storedTexts(row);
      const staff = Object.fromEntries(STAFF_LANGUAGES.map((code) => [code, questionText(row.id, stored, code, nameLanguage).text])) as Record<StaffLanguage, string>;
      return { id: row.id, active: row.active === 1, texts: { ...stored, ...staff } };
    }),
  };
}

/** What the survey screen asks, in the visitor's language. */
export function surveyQuestions(ctx: HubContext, language: LanguageCode): SurveyQuestions {
  const { nameLanguage, surveyIdleSeconds } = ctx.settings();
  return {
    questions: questionRows(ctx)
      .filter((row) => row.active === 1)
      .map((row) => ({ id: row.id, ...questionText(row.id, storedTexts(row), language, nameLanguage) })),
    idleResetSeconds: surveyIdleSeconds,
  };
}

/** What is kept of a question's wording: a reworded question keeps every text given; the product's question only
 *  the texts that differ from its shipped translation, so a corrected shipped text still reaches it. */
function textsToStore(id: number, texts: Names): Names {
  if (reworded(id, texts)) return texts;
  return Object.fromEntries(LANGUAGE_CODES.flatMap((code) => (texts[code] !== undefined && texts[code] !== shipped(id, code) ? [[code, texts[code]]] : [])));
}

/** Replaces the whole setup in one transaction: a half-saved order or wording is never asked. */
export function saveSurveyConfig(ctx: HubContext, config: SurveyConfig): SurveyConfig {
  ctx.writer.write(() => {
    const update = ctx.db.prepare('UPDATE survey_questions SET position = ?, active = ?, texts = ? WHERE id = ?');
    config.questions.forEach((question, index) => update.run(index + 1, question.active ? 1 : 0, JSON.stringify(textsToStore(question.id, question.texts)), question.id));
    writeSetting(ctx.db, 'surveyIdleSeconds', config.idleResetSeconds);
  });
  return readSurveyConfig(ctx);
}
