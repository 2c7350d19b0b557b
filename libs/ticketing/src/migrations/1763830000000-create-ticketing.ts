import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTicketing1763830000000 implements MigrationInterface {
  name = 'CreateTicketing1763830000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE customer_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigserial UNIQUE,
        customer_id uuid NOT NULL REFERENCES app_user (id),
        club_id uuid REFERENCES club (id),
        status text NOT NULL CHECK (status IN ('pending', 'paid', 'fulfilled', 'expired', 'cancelled', 'refunded')),
        payment_method text NOT NULL CHECK (payment_method IN ('stripe', 'mobile_money')),
        total_amount int NOT NULL CHECK (total_amount >= 0),
        currency char(3) NOT NULL,
        expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        paid_at timestamptz,
        fulfilled_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX customer_order_customer ON customer_order (customer_id, created_at DESC)`);
    await db.query(`CREATE INDEX customer_order_pending_expiry ON customer_order (expires_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX customer_order_paid ON customer_order (updated_at) WHERE status = 'paid'`);

    await db.query(`
      CREATE TABLE order_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES customer_order (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('seat', 'content')),
        match_id uuid REFERENCES match (id),
        stand_id uuid REFERENCES stand (id),
        content_type text CHECK (content_type IN ('film', 'series', 'season', 'episode')),
        content_id uuid,
        quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 10),
        unit_amount int NOT NULL CHECK (unit_amount >= 0),
        currency char(3) NOT NULL,
        label text NOT NULL,
        CHECK ((kind = 'seat') = (match_id IS NOT NULL AND stand_id IS NOT NULL)),
        CHECK ((kind = 'content') = (content_type IS NOT NULL AND content_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX order_item_order ON order_item (order_id)`);
    await db.query(`CREATE INDEX order_item_match ON order_item (match_id) WHERE match_id IS NOT NULL`);

    // One ticket per seat; (order_item_id, seat_number) makes issuing idempotent whatever the retries.
    await db.query(`
      CREATE TABLE ticket (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES customer_order (id),
        order_item_id uuid NOT NULL REFERENCES order_item (id),
        seat_number int NOT NULL,
        customer_id uuid NOT NULL REFERENCES app_user (id),
        club_id uuid NOT NULL REFERENCES club (id),
        match_id uuid NOT NULL REFERENCES match (id),
        stand_id uuid NOT NULL REFERENCES stand (id),
        code text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'used', 'void')),
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (order_item_id, seat_number),
        CHECK ((status = 'used') = (used_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX ticket_customer ON ticket (customer_id, created_at DESC)`);
    await db.query(`CREATE INDEX ticket_match ON ticket (match_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ticket`);
    await db.query(`DROP TABLE order_item`);
    await db.query(`DROP TABLE customer_order`);
  }
}
