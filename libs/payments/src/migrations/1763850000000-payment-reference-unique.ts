import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentReferenceUnique1763850000000 implements MigrationInterface {
  name = 'PaymentReferenceUnique1763850000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE UNIQUE INDEX payment_reference_unique ON payment (reference) WHERE reference IS NOT NULL`);
    await db.query(`CREATE INDEX payment_review_queue ON payment (created_at) WHERE status = 'awaiting_review'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX payment_review_queue`);
    await db.query(`DROP INDEX payment_reference_unique`);
  }
}
