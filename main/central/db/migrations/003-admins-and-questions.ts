// The central service's own administrators (scrypt hashes, main/auth/scryptHash.ts), their login sessions (only the
// SHA-256 of the cookie's credential), and the municipality's five survey questions (one row, absent until set).
import type { CentralMigration } from '../migrate.ts';

export const adminsAndQuestions: CentralMigration = {
  id: 3,
  name: 'admins-and-questions',
  up: `
    CREATE TABLE central_admins (
      id bigserial PRIMARY KEY,
      username text NOT NULL,
      -- The name as it is compared (common/text/username.ts): one account per spelling.
      username_key text NOT NULL UNIQUE,
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE central_sessions (
      token_hash text PRIMARY KEY,
      admin_id bigint NOT NULL REFERENCES central_admins(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX central_sessions_by_expiry ON central_sessions (expires_at);

    CREATE TABLE central_survey_questions (
      id integer PRIMARY KEY CHECK (id = 1),
      questions jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `,
};
