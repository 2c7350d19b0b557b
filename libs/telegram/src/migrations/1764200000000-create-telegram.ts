import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The bot's own tables: who talks to it (and where they are in a purchase), and what it already sent. */
export class CreateTelegram1764200000000 implements MigrationInterface {
  name = 'CreateTelegram1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE telegram_account (
        telegram_user_id bigint PRIMARY KEY,
        chat_id bigint NOT NULL,
        first_name text NOT NULL DEFAULT '',
        username text,
        language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
        user_id uuid UNIQUE,
        account_created boolean NOT NULL DEFAULT false,
        credentials_sent_at timestamptz,
        subscribed boolean NOT NULL DEFAULT false,
        blocked_at timestamptz,
        state jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX telegram_account_subscribers ON telegram_account (telegram_user_id) WHERE subscribed AND blocked_at IS NULL`);
    // One row per message that must go out once (announcement to a chat, credentials, a proof to the admin
    // chat): claimed before sending, so a retried job never sends it twice.
    await db.query(`
      CREATE TABLE telegram_delivery (
        key text PRIMARY KEY,
        chat_id bigint NOT NULL,
        message_id bigint,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE telegram_content_view (
        telegram_user_id bigint NOT NULL REFERENCES telegram_account (telegram_user_id) ON DELETE CASCADE,
        content_type text NOT NULL,
        content_id uuid NOT NULL,
        genres text[] NOT NULL DEFAULT '{}',
        viewed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (telegram_user_id, content_type, content_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE telegram_content_view');
    await db.query('DROP TABLE telegram_delivery');
    await db.query('DROP TABLE telegram_account');
  }
}
