import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which Telegram accounts follow which club, to hear of its new matches (club ids are the users lib's: no FK across libs). */
export class ClubFollows1764630000000 implements MigrationInterface {
  name = 'ClubFollows1764630000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE telegram_club_follow (
        telegram_user_id bigint NOT NULL REFERENCES telegram_account (telegram_user_id) ON DELETE CASCADE,
        club_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (club_id, telegram_user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE telegram_club_follow');
  }
}
