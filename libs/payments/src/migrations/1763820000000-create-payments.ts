import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePayments1763820000000 implements MigrationInterface {
  name = 'CreatePayments1763820000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE club_payment_account (
        club_id uuid PRIMARY KEY REFERENCES club (id) ON DELETE CASCADE,
        stripe_account_id text NOT NULL UNIQUE,
        charges_enabled boolean NOT NULL DEFAULT false,
        details_submitted boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // order_id is a reference, not a foreign key: payments does not depend on ticketing.
    await db.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL UNIQUE,
        customer_id uuid NOT NULL REFERENCES app_user (id),
        club_id uuid REFERENCES club (id),
        provider text NOT NULL CHECK (provider IN ('stripe', 'mobile_money')),
        status text NOT NULL CHECK (status IN ('pending', 'awaiting_review', 'succeeded', 'failed', 'rejected', 'refunded')),
        amount int NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL,
        application_fee int NOT NULL DEFAULT 0,
        reference text,
        checkout_session_id text UNIQUE,
        checkout_url text,
        payment_intent_id text,
        proof_key text,
        reviewed_by_id uuid REFERENCES app_user (id),
        reviewed_at timestamptz,
        reject_reason text,
        applied_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX payment_status ON payment (status, updated_at)`);

    await db.query(`
      CREATE TABLE payment_status_change (
        id bigserial PRIMARY KEY,
        payment_id uuid NOT NULL REFERENCES payment (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        reason text,
        actor_id uuid REFERENCES app_user (id),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX payment_status_change_payment ON payment_status_change (payment_id, at)`);

    // Each provider event is applied once: its id is inserted in the same transaction as its effect.
    await db.query(`
      CREATE TABLE payment_event (
        id text PRIMARY KEY,
        type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE payment_event`);
    await db.query(`DROP TABLE payment_status_change`);
    await db.query(`DROP TABLE payment`);
    await db.query(`DROP TABLE club_payment_account`);
  }
}
