import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMatches1763810000000 implements MigrationInterface {
  name = 'CreateMatches1763810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE competition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
        country char(2),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX competition_name_unique ON competition (lower(name))`);

    await db.query(`
      CREATE TABLE stand (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        club_id uuid NOT NULL REFERENCES club (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        capacity int NOT NULL CHECK (capacity BETWEEN 1 AND 200000),
        price_amount int NOT NULL CHECK (price_amount >= 0),
        price_currency char(3) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX stand_name_per_club ON stand (club_id, lower(name))`);

    await db.query(`
      CREATE TABLE match (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        club_id uuid NOT NULL REFERENCES club (id) ON DELETE CASCADE,
        opponent text NOT NULL CHECK (length(opponent) BETWEEN 1 AND 120),
        kickoff_at timestamptz NOT NULL,
        venue text NOT NULL CHECK (venue IN ('home', 'away')),
        competition_id uuid REFERENCES competition (id),
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX match_kickoff ON match (kickoff_at) WHERE status = 'scheduled'`);
    await db.query(`CREATE INDEX match_club ON match (club_id, kickoff_at)`);

    // The seat inventory of one stand for one match. `reserved` counts held and sold seats together;
    // the CHECK is the last line of defence against overselling, the conditional UPDATE the first.
    await db.query(`
      CREATE TABLE match_stand (
        match_id uuid NOT NULL REFERENCES match (id) ON DELETE CASCADE,
        stand_id uuid NOT NULL REFERENCES stand (id),
        price_amount int NOT NULL CHECK (price_amount >= 0),
        price_currency char(3) NOT NULL,
        quota int NOT NULL CHECK (quota >= 0),
        reserved int NOT NULL DEFAULT 0,
        PRIMARY KEY (match_id, stand_id),
        CONSTRAINT reserved_within_quota CHECK (reserved >= 0 AND reserved <= quota)
      )`);

    await db.query(`
      INSERT INTO competition (name, country) VALUES
        ('Division 3 ACFF', 'BE'),
        ('Provinciale 1 Brabant ACFF', 'BE'),
        ('Coupe de Belgique', 'BE'),
        ('Elite Two', 'CM'),
        ('Linafoot Ligue 2', 'CD'),
        ('Amical', NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE match_stand`);
    await db.query(`DROP TABLE match`);
    await db.query(`DROP TABLE stand`);
    await db.query(`DROP TABLE competition`);
  }
}
