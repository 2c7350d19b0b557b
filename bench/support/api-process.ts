import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface ApiProcess {
  url: string;
  pid: number;
  databaseUrl: string;
  jwtSecret: string;
  stop(): Promise<void>;
}

const ADMIN_DB = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Starts the built API (`npm run build` first) as its own process on a fresh database, so that the
 * figures are those of the real server, not of an app sharing the benchmark's event loop.
 */
export async function startApiProcess(port: number, env: Record<string, string>): Promise<ApiProcess> {
  const name = `guichet_bench_${Date.now()}`;
  const databaseUrl = ADMIN_DB.replace(/\/[^/]*$/, `/${name}`);
  const jwtSecret = randomBytes(32).toString('hex');
  const child: ChildProcess = spawn(process.execPath, ['dist/apps/standalone/src/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `bench-${name}`,
      RUN_MIGRATIONS: 'true',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      JWT_SECRET: jwtSecret,
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'bench@guichet.test',
      STORAGE_DIR: `/tmp/${name}`,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    if (i > 300) throw new Error('the API did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid as number,
    databaseUrl,
    jwtSecret,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      const admin = new Client({ connectionString: ADMIN_DB });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
