import type { CentralMigration } from '../migrate.ts';
import { sitesAndRows } from './001-sites-and-rows.ts';

export const centralMigrations: readonly CentralMigration[] = [sitesAndRows];
