// The municipality's five survey questions, defined once on the central service for the sites that take them over.
// Until an administrator sets them they are the product's own five, worded as a new hub's survey is.
import type { CentralDb } from './db/centralDb.ts';
import type { CentralSurveyQuestions } from '../../common/schemas/central.ts';
import { SURVEY_QUESTION_COUNT } from '../../common/schemas/survey.ts';
import { t, type MessageKey } from '../../common/i18n/translate.ts';
import { STAFF_LANGUAGES } from '../../common/i18n/languages.ts';

export function defaultQuestions(): CentralSurveyQuestions['questions'] {
  return Array.from({ length: SURVEY_QUESTION_COUNT }, (_, index) => {
    const id = index + 1;
    const texts = Object.fromEntries(STAFF_LANGUAGES.map((code) => [code, t(code, `survey.q.${id}` as MessageKey)]));
    return { id, active: true, texts: texts as CentralSurveyQuestions['questions'][number]['texts'] };
  });
}

export async function readCentralQuestions(db: CentralDb): Promise<CentralSurveyQuestions> {
  const row = (await db.query<{ questions: CentralSurveyQuestions['questions']; updated_at: Date }>('SELECT questions, updated_at FROM central_survey_questions WHERE id = 1')).rows[0];
  return row ? { questions: row.questions, updatedAt: row.updated_at.toISOString() } : { questions: defaultQuestions(), updatedAt: null };
}

export async function saveCentralQuestions(db: CentralDb, questions: CentralSurveyQuestions['questions']): Promise<CentralSurveyQuestions> {
  await db.query(
    `INSERT INTO central_survey_questions (id, questions, updated_at) VALUES (1, $1, now())
     ON CONFLICT (id) DO UPDATE SET questions = excluded.questions, updated_at = excluded.updated_at`,
    [JSON.stringify(questions)],
  );
  return readCentralQuestions(db);
}
