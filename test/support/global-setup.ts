import 'reflect-metadata';
import 'tsconfig-paths/register';
import { randomBytes } from 'node:crypto';
import { dataSourceOptions, ensureDatabase, loadConfig } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { DataSource } from 'typeorm';
import { TEST_DATABASE_URL_VAR, testDatabaseUrl } from './test-database';

// globalSetup runs outside Jest's module system: tsconfig-paths resolves the @guichet/* aliases here.

/** One database per test run, migrated with the real migrations; dropped by global-teardown. */
export default async function globalSetup(): Promise<void> {
  const url = testDatabaseUrl(`guichet_test_${Date.now()}_${randomBytes(3).toString('hex')}`);
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
  await db.destroy();
  // Workers are spawned after this, so they inherit the variable.
  process.env[TEST_DATABASE_URL_VAR] = url;
}
