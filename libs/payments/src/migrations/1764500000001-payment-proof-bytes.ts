import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The size of a payment's current proof: pending proofs are capped per customer, so nobody fills the disk. */
export class PaymentProofBytes1764500000001 implements MigrationInterface {
  name = 'PaymentProofBytes1764500000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE payment ADD COLUMN proof_bytes int CHECK (proof_bytes >= 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE payment DROP COLUMN proof_bytes`);
  }
}
