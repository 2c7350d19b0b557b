import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, CoreModule, createHttpApp, loadConfig } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import Redis from 'ioredis';
import { ApiFeaturesModule, WorkerFeaturesModule } from '@guichet/features';
import { SmtpSink, startSmtpSink } from './smtp-sink';
import { TEST_DATABASE_URL_VAR } from './test-database';

export const TEST_ADMIN = { email: 'admin@guichet.test', password: 'admin-password-123' };

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  smtp: SmtpSink;
  /** Base URL of the listening server, e.g. http://127.0.0.1:40123 */
  url: string;
  close(): Promise<void>;
}

@Module({})
class TestRootModule {
  static forRoot(config: AppConfig, withWorker: boolean): DynamicModule {
    return {
      module: TestRootModule,
      imports: [CoreModule.forRoot(config, allMigrations), ApiFeaturesModule, ...(withWorker ? [WorkerFeaturesModule] : [])],
    };
  }
}

/**
 * Boots the real app (api + worker) on the run's database, real Redis under a prefix of its own,
 * and a real SMTP listener. Each test file gets its own prefix, so its queues are its own.
 */
export async function startTestApp(overrides: Record<string, string> = {}, withWorker = true): Promise<TestApp> {
  const databaseUrl = process.env[TEST_DATABASE_URL_VAR];
  if (!databaseUrl) throw new Error('The e2e global setup did not run');
  const smtp = await startSmtpSink();
  const storageDir = await mkdtemp(join(tmpdir(), 'guichet-test-storage-'));
  const prefix = `guichet-test-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '8',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: prefix,
    PUBLIC_URL: 'http://localhost:3000',
    JWT_SECRET: randomBytes(32).toString('hex'),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Guichet <noreply@guichet.test>',
    STORAGE_DIR: storageDir,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: 'error',
    QUEUE_BACKOFF_MS: '50',
    ...overrides,
  });
  const app = await createHttpApp(TestRootModule.forRoot(config, withWorker), config);
  // A fixed PORT only when asked (browser tests whose PUBLIC_URL must be the real origin); otherwise any free port.
  await app.listen({ port: overrides.PORT ? config.PORT : 0, host: '127.0.0.1' });
  const url = await app.getUrl();
  return {
    app,
    config,
    smtp,
    url: url.replace('[::1]', '127.0.0.1'),
    async close() {
      await app.close();
      await smtp.close();
      await rm(storageDir, { recursive: true, force: true });
      await deleteRedisPrefix(config.REDIS_URL, prefix);
    },
  };
}

async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
