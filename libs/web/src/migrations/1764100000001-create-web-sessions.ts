import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Browser sessions of the web pages: only the hash of the cookie's token is kept. */
export class CreateWebSessions1764100000001 implements MigrationInterface {
  name = 'CreateWebSessions1764100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE web_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX web_session_token ON web_session (token_hash)`);
    await db.query(`CREATE INDEX web_session_user ON web_session (user_id) WHERE revoked_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE web_session`);
  }
}
