import type { Migration } from '../migrate.ts';
import { queue } from './001-queue.ts';
import { survey } from './002-survey.ts';
import { surveyQuestionsAndSources } from './003-survey-questions-and-sources.ts';
import { reportCoveringIndexes } from './004-report-covering-indexes.ts';

/** Every migration in order; a new one is a new numbered file added at the end, never an edit of a shipped one. */
export const migrations: readonly Migration[] = [queue, survey, surveyQuestionsAndSources, reportCoveringIndexes];
