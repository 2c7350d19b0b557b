import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Columns shared by film, series, season and episode (title and price differ in nullability). */
const CONTENT_COLUMNS = `
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  genres text[] NOT NULL DEFAULT '{}' CHECK (cardinality(genres) <= 10),
  year int CHECK (year BETWEEN 1870 AND 2100),
  duration_minutes int CHECK (duration_minutes BETWEEN 1 AND 1000),
  language text CHECK (length(language) BETWEEN 2 AND 40),
  price_currency char(3) NOT NULL DEFAULT 'XAF' CHECK (price_currency ~ '^[A-Z]{3}$'),
  thumbnail_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz`;

const PRICE_CHECK = 'CHECK (price_amount BETWEEN 0 AND 1000000000)';

export class CreateContent1763800000000 implements MigrationInterface {
  name = 'CreateContent1763800000000';

  async up(db: QueryRunner): Promise<void> {
    // Search ignores accents and case. unaccent() is only STABLE (its dictionary could change), so an
    // IMMUTABLE wrapper naming the dictionary explicitly is what expression indexes can use; pg_trgm
    // makes `LIKE '%term%'` on it indexable. Both extensions are trusted (PG 13+).
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE FUNCTION content_search_text(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    await db.query(`
      CREATE TABLE film (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        price_amount int NOT NULL ${PRICE_CHECK},
        ${CONTENT_COLUMNS}
      )`);
    await db.query(`
      CREATE TABLE series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        price_amount int NOT NULL ${PRICE_CHECK},
        ${CONTENT_COLUMNS}
      )`);
    await db.query(`
      CREATE TABLE season (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        series_id uuid NOT NULL REFERENCES series (id),
        number int NOT NULL CHECK (number BETWEEN 1 AND 1000),
        title text CHECK (length(title) BETWEEN 1 AND 200),
        price_amount int ${PRICE_CHECK},
        ${CONTENT_COLUMNS}
      )`);
    await db.query(`
      CREATE TABLE episode (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        season_id uuid NOT NULL REFERENCES season (id),
        number int NOT NULL CHECK (number BETWEEN 1 AND 10000),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        price_amount int ${PRICE_CHECK},
        ${CONTENT_COLUMNS}
      )`);

    for (const table of ['film', 'series']) {
      await db.query(`CREATE INDEX ${table}_search ON ${table} USING gin (content_search_text(title || ' ' || description) gin_trgm_ops)`);
      await db.query(`CREATE INDEX ${table}_genres ON ${table} USING gin (genres)`);
      await db.query(`CREATE INDEX ${table}_listed ON ${table} (created_at DESC, id DESC) WHERE archived_at IS NULL`);
    }
    // Archived seasons and episodes free their number, so a season can be redone.
    await db.query(`CREATE UNIQUE INDEX season_number_unique ON season (series_id, number) WHERE archived_at IS NULL`);
    await db.query(`CREATE INDEX season_series ON season (series_id)`);
    await db.query(`CREATE UNIQUE INDEX episode_number_unique ON episode (season_id, number) WHERE archived_at IS NULL`);
    await db.query(`CREATE INDEX episode_season ON episode (season_id)`);

    await db.query(`
      CREATE TABLE media_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        film_id uuid REFERENCES film (id),
        episode_id uuid REFERENCES episode (id),
        storage_key text NOT NULL UNIQUE,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        bytes_received bigint NOT NULL DEFAULT 0,
        sha256 char(64),
        status text NOT NULL DEFAULT 'uploading' CHECK (status IN ('uploading', 'ready')),
        lock_id uuid,
        lock_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        CONSTRAINT media_file_one_owner CHECK (num_nonnulls(film_id, episode_id) = 1),
        CONSTRAINT media_file_received CHECK (bytes_received BETWEEN 0 AND size),
        CONSTRAINT media_file_ready_complete CHECK (
          status <> 'ready' OR (bytes_received = size AND sha256 IS NOT NULL AND completed_at IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX media_file_film_ready ON media_file (film_id) WHERE status = 'ready'`);
    await db.query(`CREATE UNIQUE INDEX media_file_episode_ready ON media_file (episode_id) WHERE status = 'ready'`);
    await db.query(`CREATE INDEX media_file_film ON media_file (film_id) WHERE film_id IS NOT NULL`);
    await db.query(`CREATE INDEX media_file_episode ON media_file (episode_id) WHERE episode_id IS NOT NULL`);
    await db.query(`CREATE INDEX media_file_uploading ON media_file (created_at) WHERE status = 'uploading'`);

    // The export's version: one counter bumped in the same transaction as every catalogue change.
    // The row lock it takes orders writers, so a reader never sees version N without change N.
    await db.query(`
      CREATE TABLE content_version (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        version bigint NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`INSERT INTO content_version (version) VALUES (0)`);
    await db.query(`
      CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE content_version SET version = version + 1, changed_at = now();
        RETURN NULL;
      END $$`);
    for (const table of ['film', 'series', 'season', 'episode']) {
      await db.query(`
        CREATE TRIGGER ${table}_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()`);
    }
    // Upload progress (bytes_received) is not a catalogue change; a file becoming ready is.
    await db.query(`
      CREATE TRIGGER media_file_bumps_content_version AFTER INSERT OR DELETE OR UPDATE OF status ON media_file
        FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE media_file`);
    await db.query(`DROP TABLE episode`);
    await db.query(`DROP TABLE season`);
    await db.query(`DROP TABLE series`);
    await db.query(`DROP TABLE film`);
    await db.query(`DROP TABLE content_version`);
    await db.query(`DROP FUNCTION bump_content_version()`);
    await db.query(`DROP FUNCTION content_search_text(text)`);
  }
}
