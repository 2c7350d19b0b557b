import type { Environment } from '@guichet/common';
import { PaymentsSandbox, SandboxAlreadyRunningError } from '@guichet/payments';
import { LocalServiceError } from './local-service-error';
import { startEmbeddedDatabase } from './embedded-database';
import { startLocalRedis } from './local-redis';

export interface LocalServices {
  /** Variables that point the app at what was started (DATABASE_URL, REDIS_URL, Stripe sandbox keys). */
  env: Record<string, string>;
  sandbox?: PaymentsSandbox;
  /** One line per stand-in, for the start-up log. */
  notes: string[];
  stop(): Promise<void>;
}

const STRIPE_PLACEHOLDER = 'sk_test_placeholder';

/**
 * Starts what `npm start` needs and the environment does not name: embedded PostgreSQL (DATABASE_URL
 * unset), a local Redis (REDIS_URL unset), the payments sandbox (no Stripe key; `oneOff`: a command such as
 * `npm run seed:demo`, which refuses to run next to a started app). Nothing in production: there the config check asks for the real services.
 * On failure, what was already started is stopped before the error goes up.
 */
export async function startLocalServices(env: Environment, options: { oneOff: boolean }): Promise<LocalServices> {
  const services: LocalServices = { env: {}, notes: [], stop: () => Promise.resolve() };
  if (env.NODE_ENV === 'production') return services;
  const dataDir = env.DATA_DIR || '.guichet';
  const stops: (() => Promise<void>)[] = [];
  services.stop = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    if (!env.DATABASE_URL) {
      const database = await startEmbeddedDatabase(dataDir);
      stops.push(() => database.stop());
      services.env.DATABASE_URL = database.url;
      if (!env.RUN_MIGRATIONS) services.env.RUN_MIGRATIONS = 'true';
      services.notes.push(`Embedded PostgreSQL 15 (data in ${dataDir}/postgres${database.created ? ', created now' : ''})`);
    }
    if (!env.REDIS_URL) {
      const redis = await startLocalRedis(dataDir, env.PATH);
      stops.push(() => redis.stop());
      services.env.REDIS_URL = redis.url;
      services.notes.push(redis.source === 'started' ? `Started redis-server on ${redis.url}` : `Using the local Redis at ${redis.url}`);
    }
    if (!env.STRIPE_SECRET_KEY || env.STRIPE_SECRET_KEY === STRIPE_PLACEHOLDER) {
      const publicUrl = (env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '');
      const sandbox = await new PaymentsSandbox({
        dataDir,
        webhookUrl: `http://127.0.0.1:${env.PORT || 3000}/api/v1/payments/stripe/webhook`,
        pagesUrl: `${publicUrl}/sandbox/stripe`,
        refuseIfRunning: options.oneOff,
      }).start();
      stops.push(() => sandbox.close());
      services.sandbox = sandbox;
      Object.assign(services.env, sandbox.environment());
      services.notes.push('Card payments go to the local payments sandbox (pages marked TEST; no real money)');
    }
    if (!env.SMTP_URL) services.notes.push(`Mail is kept in the outbox (${dataDir}/outbox), listed at /outbox and GET /api/v1/admin/outbox`);
    return services;
  } catch (error) {
    await services.stop();
    throw error instanceof SandboxAlreadyRunningError ? new LocalServiceError(error.message) : error;
  }
}
