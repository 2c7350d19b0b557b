import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { spawnApi } from '../../test/support/api-process';

export interface ApiProcess {
  url: string;
  pid: number;
  databaseUrl: string;
  jwtSecret: string;
  stop(): Promise<void>;
}

const ADMIN_DB = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** `BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"` profiles the API under either bench. */
function nodeArgs(): string[] {
  return (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/**
 * Starts the built API (`npm run build` first) as its own process on a fresh database, so that the
 * figures are those of the real server, not of an app sharing the benchmark's event loop.
 */
export async function startApiProcess(port: number, env: Record<string, string>): Promise<ApiProcess> {
  const name = `guichet_bench_${Date.now()}`;
  const databaseUrl = ADMIN_DB.replace(/\/[^/]*$/, `/${name}`);
  const jwtSecret = randomBytes(32).toString('hex');
  const api = await spawnApi(
    'standalone',
    port,
    {
      DATABASE_URL: databaseUrl,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `bench-${name}`,
      RUN_MIGRATIONS: 'true',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      JWT_SECRET: jwtSecret,
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'bench@guichet.test',
      STORAGE_DIR: `/tmp/${name}`,
      LOG_LEVEL: 'warn',
      // A fresh database would otherwise get the demo catalogue on the first start.
      DEMO_DATA: 'false',
      ...env,
    },
    nodeArgs(),
  );
  return {
    url: api.url,
    pid: api.pid,
    databaseUrl,
    jwtSecret,
    async stop() {
      await api.stop();
      const admin = new Client({ connectionString: ADMIN_DB });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
