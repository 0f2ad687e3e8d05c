import type { CentralMigration } from '../migrate.ts';
import { sitesAndRows } from './001-sites-and-rows.ts';
import { reportRollups } from './002-report-rollups.ts';
import { adminsAndQuestions } from './003-admins-and-questions.ts';

export const centralMigrations: readonly CentralMigration[] = [sitesAndRows, reportRollups, adminsAndQuestions];
