// A centre's corrections of the shipped visitor texts (POST /api/translations/:lang): kept in the database, not in
// the catalogues, so an upgrade that ships new catalogues keeps them, and a backup carries them.
import type { Migration } from '../migrate.ts';

export const translationOverrides: Migration = {
  id: 12,
  name: 'translation-overrides',
  up: `
    CREATE TABLE translation_overrides (
      lang TEXT NOT NULL,
      key TEXT NOT NULL,
      text TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (lang, key)
    ) STRICT;
  `,
};
