import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderIdempotencyKey1764400000000 implements MigrationInterface {
  name = 'OrderIdempotencyKey1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // A retried POST /orders names the order it meant; one order per (customer, key), whatever the races.
    await db.query(`ALTER TABLE customer_order ADD COLUMN idempotency_key text CHECK (idempotency_key ~ '^[!-~]{1,200}$')`);
    await db.query(`CREATE UNIQUE INDEX customer_order_idempotency ON customer_order (customer_id, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    // The one-statement hold of several stands cannot keep some and drop others: when only part of an
    // order's stands could be taken, this aborts the statement (rolled back whole) with a retryable code.
    await db.query(`
      CREATE FUNCTION ticketing_partial_hold() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION 'only part of the seats could be held' USING ERRCODE = '40001';
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION ticketing_partial_hold()`);
    await db.query(`DROP INDEX customer_order_idempotency`);
    await db.query(`ALTER TABLE customer_order DROP COLUMN idempotency_key`);
  }
}
