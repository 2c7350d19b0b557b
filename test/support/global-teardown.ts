import 'tsconfig-paths/register';
import { dropDatabase } from '@guichet/common';
import { TEST_DATABASE_URL_VAR } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const url = process.env[TEST_DATABASE_URL_VAR];
  if (url) await dropDatabase(url);
}
