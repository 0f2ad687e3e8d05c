// The survey an administrator sets up: which question slots are asked, in what order and with what words. A slot
// whose wording was never changed is asked in the product's own translation, so a new language arrives complete.
import type { HubContext } from '../context.ts';
import { t, type MessageKey } from '../../common/i18n/translate.ts';
import { STAFF_LANGUAGES, type LanguageCode, type StaffLanguage } from '../../common/i18n/languages.ts';
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

function textOf(row: QuestionRow, language: LanguageCode): string {
  const stored = (JSON.parse(row.texts) as Partial<Record<LanguageCode, string>>)[language];
  return stored ?? t(language, `survey.q.${row.id}` as MessageKey);
}

export function readSurveyConfig(ctx: HubContext): SurveyConfig {
  return {
    idleResetSeconds: ctx.settings().surveyIdleSeconds,
    questions: questionRows(ctx).map((row) => ({
      id: row.id,
      active: row.active === 1,
      texts: Object.fromEntries(STAFF_LANGUAGES.map((code) => [code, textOf(row, code)])) as Record<StaffLanguage, string>,
    })),
  };
}

/** What the survey screen asks, in the visitor's language. */
export function surveyQuestions(ctx: HubContext, language: LanguageCode): SurveyQuestions {
  return {
    questions: questionRows(ctx)
      .filter((row) => row.active === 1)
      .map((row) => ({ id: row.id, text: textOf(row, language) })),
    idleResetSeconds: ctx.settings().surveyIdleSeconds,
  };
}

/** Replaces the whole setup in one transaction: a half-saved order or wording is never asked. */
export function saveSurveyConfig(ctx: HubContext, config: SurveyConfig): SurveyConfig {
  ctx.writer.write(() => {
    const update = ctx.db.prepare('UPDATE survey_questions SET position = ?, active = ?, texts = ? WHERE id = ?');
    config.questions.forEach((question, index) => update.run(index + 1, question.active ? 1 : 0, JSON.stringify(question.texts), question.id));
    writeSetting(ctx.db, 'surveyIdleSeconds', config.idleResetSeconds);
  });
  return readSurveyConfig(ctx);
}
