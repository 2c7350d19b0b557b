import { Client } from 'pg';
import { TEST_DATABASE_URL_VAR } from '../support/test-database';

/**
 * The export's content version moves only when content really changed. Each check runs in one REPEATABLE READ
 * transaction: other test files change content at the same time, and this way only our own statement counts.
 */
describe('content version', () => {
  const db = new Client({ connectionString: process.env[TEST_DATABASE_URL_VAR] });
  beforeAll(() => db.connect());
  afterAll(() => db.end());

  async function versionMovedBy(statement: string): Promise<boolean> {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      const before = (await db.query<{ version: string }>('SELECT version FROM content_version')).rows[0].version;
      await db.query(statement);
      const after = (await db.query<{ version: string }>('SELECT version FROM content_version')).rows[0].version;
      return before !== after;
    } finally {
      await db.query('ROLLBACK');
    }
  }

  it.each(['film', 'series', 'season', 'episode', 'media_file'])('stays put when a DELETE on %s removes nothing', async (table) => {
    expect(await versionMovedBy(`DELETE FROM ${table} WHERE id = gen_random_uuid()`)).toBe(false);
  });

  it.each(['film', 'series', 'season', 'episode'])('stays put when an UPDATE on %s touches nothing', async (table) => {
    expect(await versionMovedBy(`UPDATE ${table} SET updated_at = now() WHERE id = gen_random_uuid()`)).toBe(false);
  });

  it('moves when a film is really added', async () => {
    const film = `INSERT INTO film (title, description, genres, year, duration_minutes, language, price_amount, price_currency)
      VALUES ('Version test', '', '{}', 2000, 90, 'fr', 1000, 'EUR')`;
    expect(await versionMovedBy(film)).toBe(true);
  });
});
