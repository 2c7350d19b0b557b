import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1763700000000 implements MigrationInterface {
  name = 'CreateUsers1763700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE club (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
        country char(2) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX club_name_unique ON club (lower(name))`);

    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text,
        username text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'organizer', 'customer')),
        club_id uuid REFERENCES club (id),
        phone text,
        telegram_user_id bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizer_has_club CHECK ((role = 'organizer') = (club_id IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX app_user_email_unique ON app_user (lower(email))`);
    await db.query(`CREATE UNIQUE INDEX app_user_username_unique ON app_user (lower(username))`);
    await db.query(`CREATE UNIQUE INDEX app_user_telegram_unique ON app_user (telegram_user_id)`);
    await db.query(`CREATE INDEX app_user_club ON app_user (club_id) WHERE club_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        secret_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_token_family ON refresh_token (family_id)`);
    await db.query(`CREATE INDEX refresh_token_user ON refresh_token (user_id)`);

    await db.query(`
      CREATE TABLE club_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        club_id uuid NOT NULL REFERENCES club (id) ON DELETE CASCADE,
        email text NOT NULL,
        secret_hash bytea NOT NULL UNIQUE,
        invited_by_id uuid NOT NULL REFERENCES app_user (id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX club_invitation_club ON club_invitation (club_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE club_invitation`);
    await db.query(`DROP TABLE refresh_token`);
    await db.query(`DROP TABLE app_user`);
    await db.query(`DROP TABLE club`);
  }
}
