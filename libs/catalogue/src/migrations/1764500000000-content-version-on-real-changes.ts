import type { MigrationInterface, QueryRunner } from 'typeorm';

const CONTENT_TABLES = ['film', 'series', 'season', 'episode'];
const EVENTS = [
  ['insert', 'INSERT', 'NEW'],
  ['update', 'UPDATE', 'NEW'],
  ['delete', 'DELETE', 'OLD'],
] as const;

/**
 * The content version was bumped by statement triggers, which fire on zero rows too: a DELETE of an unknown
 * film (a 404) changed the version. The triggers now see the statement's rows (transition tables, one trigger
 * per event as Postgres requires) and bump only when there are some.
 */
export class ContentVersionOnRealChanges1764500000000 implements MigrationInterface {
  name = 'ContentVersionOnRealChanges1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION bump_content_version_if_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed_rows) THEN
          UPDATE content_version SET version = version + 1, changed_at = now();
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of CONTENT_TABLES) {
      await db.query(`DROP TRIGGER ${table}_bumps_content_version ON ${table}`);
      for (const [name, event, transition] of EVENTS) {
        await db.query(`
          CREATE TRIGGER ${table}_${name}_bumps_content_version AFTER ${event} ON ${table}
            REFERENCING ${transition} TABLE AS changed_rows
            FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version_if_rows()`);
      }
    }
    // Transition tables do not go with a column list (UPDATE OF status): a file's status change bumps per row.
    await db.query(`DROP TRIGGER media_file_bumps_content_version ON media_file`);
    for (const [name, event, transition] of EVENTS.filter(([name]) => name !== 'update')) {
      await db.query(`
        CREATE TRIGGER media_file_${name}_bumps_content_version AFTER ${event} ON media_file
          REFERENCING ${transition} TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version_if_rows()`);
    }
    await db.query(`
      CREATE TRIGGER media_file_status_bumps_content_version AFTER UPDATE OF status ON media_file
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION bump_content_version()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [...CONTENT_TABLES, 'media_file']) {
      for (const [name] of EVENTS) await db.query(`DROP TRIGGER IF EXISTS ${table}_${name}_bumps_content_version ON ${table}`);
    }
    await db.query(`DROP TRIGGER media_file_status_bumps_content_version ON media_file`);
    for (const table of CONTENT_TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_bumps_content_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()`);
    }
    await db.query(`
      CREATE TRIGGER media_file_bumps_content_version AFTER INSERT OR DELETE OR UPDATE OF status ON media_file
        FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()`);
    await db.query(`DROP FUNCTION bump_content_version_if_rows()`);
  }
}
