import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEntitlements1763860000000 implements MigrationInterface {
  name = 'CreateEntitlements1763860000000';

  async up(db: QueryRunner): Promise<void> {
    // What a customer owns. content_id points into film/series/season/episode depending on content_type,
    // so it has no foreign key; content is archived, never deleted, so the reference stays valid.
    await db.query(`
      CREATE TABLE entitlement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        content_type text NOT NULL CHECK (content_type IN ('film', 'series', 'season', 'episode')),
        content_id uuid NOT NULL,
        order_id uuid REFERENCES customer_order (id),
        granted_by_id uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (customer_id, content_type, content_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE entitlement`);
  }
}
