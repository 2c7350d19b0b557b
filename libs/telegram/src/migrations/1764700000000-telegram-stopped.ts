import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When someone sent `/stop`: not subscribing to new releases (the default) is not the same as asking for
 * silence, and only the latter keeps a ticket holder from hearing that their match moved.
 */
export class TelegramStopped1764700000000 implements MigrationInterface {
  name = 'TelegramStopped1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE telegram_account ADD COLUMN stopped_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE telegram_account DROP COLUMN stopped_at`);
  }
}
