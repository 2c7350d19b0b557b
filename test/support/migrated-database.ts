import { randomBytes } from 'node:crypto';
import { dataSourceOptions, ensureDatabase, loadConfig } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { DataSource } from 'typeorm';
import { testDatabaseUrl } from './test-database';

/** A new database named after `label`, migrated with the real migrations; the caller destroys `db` and drops it. */
export async function migratedDatabase(label: string): Promise<{ url: string; db: DataSource }> {
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
  return { url, db };
}
