// Who may use the hub: staff and admin accounts with their login sessions, and the paired screens (kiosks, wall
// displays, survey tablets). Secrets are stored only as hashes, so a copied database file opens no door.
import type { Migration } from '../migrate.ts';

export const accountsAndDevices: Migration = {
  id: 8,
  name: 'accounts-and-devices',
  up: `
    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE COLLATE NOCASE,
      password_hash TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'staff')),
      created_at INTEGER NOT NULL,
      disabled_at INTEGER
    ) STRICT;

    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX sessions_by_user ON sessions(user_id);

    CREATE TABLE devices (
      id INTEGER PRIMARY KEY,
      role TEXT NOT NULL CHECK (role IN ('kiosk', 'display', 'survey')),
      name TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      credential_hash TEXT UNIQUE,
      pairing_code_hash TEXT UNIQUE,
      pairing_expires_at INTEGER,
      paired_at INTEGER,
      last_seen_at INTEGER,
      revoked_at INTEGER
    ) STRICT;
  `,
};
