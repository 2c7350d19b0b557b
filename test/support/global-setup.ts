import 'reflect-metadata';
import 'tsconfig-paths/register';
import { migratedDatabase } from './migrated-database';
import { TEST_DATABASE_URL_VAR } from './test-database';

// globalSetup runs outside Jest's module system: tsconfig-paths resolves the @guichet/* aliases here.

/** One database per test run, migrated with the real migrations; dropped by global-teardown. */
export default async function globalSetup(): Promise<void> {
  const { url, db } = await migratedDatabase('test');
  await db.destroy();
  // Workers are spawned after this, so they inherit the variable.
  process.env[TEST_DATABASE_URL_VAR] = url;
}
