import { randomBytes } from 'node:crypto';
import { dataSourceOptions, dropDatabase, ensureDatabase, loadConfig } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from '../support/test-database';

export interface OwnDatabase {
  url: string;
  /** Rows of every table, by table name. */
  rowCounts(): Promise<Record<string, number>>;
  drop(): Promise<void>;
}

/**
 * A migrated database for one spec alone: other test files write to the shared one at the same time, and a spec
 * that asserts "no table changed" needs nobody else writing.
 */
export async function ownDatabase(label: string): Promise<OwnDatabase> {
  const url = testDatabaseUrl(`guichet_${label}_${Date.now()}_${randomBytes(3).toString('hex')}`);
  await ensureDatabase(url);
  const config = loadConfig({
    DATABASE_URL: url,
    REDIS_URL: 'redis://127.0.0.1:6379',
    PUBLIC_URL: 'http://localhost',
    JWT_SECRET: 'x'.repeat(32),
    SMTP_URL: 'smtp://127.0.0.1:25',
    MAIL_FROM: 'test@guichet.test',
    STORAGE_DIR: '/tmp',
  });
  const db = await new DataSource(dataSourceOptions(config, allMigrations)).initialize();
  await db.runMigrations({ transaction: 'each' });
  return {
    url,
    async rowCounts() {
      const tables = await db.query<{ name: string }[]>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables) counts[name] = Number((await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM "${name}"`))[0].n);
      return counts;
    },
    async drop() {
      await db.destroy();
      await dropDatabase(url);
    },
  };
}
