// "You said, we did": what comments led to, with its texts per language as JSON (the languages an administrator
// wrote it in), kept after it is retired so the centre can tell what it once published.
import type { Migration } from '../migrate.ts';

export const improvements: Migration = {
  id: 16,
  name: 'improvements',
  up: `
    CREATE TABLE improvements (
      id INTEGER PRIMARY KEY,
      said TEXT NOT NULL,
      did TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      retired_at INTEGER
    ) STRICT;
  `,
};
