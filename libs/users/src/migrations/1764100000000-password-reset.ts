import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Self-service password reset: single-use mailed tokens, and when a password last changed (older sessions end). */
export class PasswordReset1764100000000 implements MigrationInterface {
  name = 'PasswordReset1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user ADD COLUMN IF NOT EXISTS password_changed_at timestamptz`);
    await db.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        secret_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX password_reset_user ON password_reset (user_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE password_reset`);
    await db.query(`ALTER TABLE app_user DROP COLUMN IF EXISTS password_changed_at`);
  }
}
