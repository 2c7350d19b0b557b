import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OwnDatabase } from '../support/own-database';
import { ownDatabase } from '../support/own-database';
import { buildApps, freePort } from '../support/api-process';
import { forgetRedisPrefix } from './redis-prefix';
import { json } from './http';
import type { StandaloneProcess } from './standalone-process';
import { startStandalone } from './standalone-process';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');

/** `npm run seed:demo` as built: the CLI's exit code and what it printed. */
function seedDemo(cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [CLI, 'seed-demo'], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/**
 * The demo switch on a database of this spec's own: with DEMO_DATA=false a first start seeds nothing, and
 * `npm run seed:demo` then fills the empty database, once.
 */
describe('DEMO_DATA=false, then npm run seed:demo', () => {
  let home: string;
  let db: OwnDatabase;
  let app: StandaloneProcess | undefined;
  const prefix = `guichet-demo-switch-${randomBytes(4).toString('hex')}`;
  let env: Record<string, string>;

  beforeAll(async () => {
    buildApps();
    home = await mkdtemp(join(tmpdir(), 'guichet-demo-switch-'));
    db = await ownDatabase('demo_switch');
    env = {
      ENV_FILE: 'none',
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: prefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      STORAGE_DIR: join(home, 'storage'),
      ADMIN_EMAIL: 'admin@guichet.test',
      ADMIN_PASSWORD: 'admin-password-123',
      // Nothing here reads mail: a relay that refuses is enough.
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'Guichet <noreply@guichet.test>',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    };
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await db?.drop();
    if (home) await rm(home, { recursive: true, force: true });
    await forgetRedisPrefix(prefix);
  });

  it('starts with nothing on sale, and seed:demo fills the empty database once, then refuses and writes nothing', async () => {
    const port = await freePort();
    const api = (path: string) => `http://127.0.0.1:${port}/api/v1${path}`;
    app = await startStandalone(home, port, env);
    expect((await json<{ items: unknown[] }>(api('/matches'))).body.items).toEqual([]);
    expect((await json<{ total: number }>(api('/films'))).body.total).toBe(0);
    expect(app.output()).not.toContain('Seeding the demo');
    await app.stop();
    app = undefined;

    const cli = { ...env, PUBLIC_URL: `http://127.0.0.1:${port}` };
    const first = await seedDemo(home, cli);
    expect(first.output).toContain('Demo ready');
    expect(first.code).toBe(0);
    const seeded = await db.rowCounts();
    const again = await seedDemo(home, cli);
    expect(again.code).toBe(1);
    expect(await db.rowCounts()).toEqual(seeded);

    app = await startStandalone(home, port, env);
    expect((await json<{ items: unknown[] }>(api('/matches'))).body.items.length).toBeGreaterThan(0);
    expect((await json<{ total: number }>(api('/films'))).body.total).toBe(4);
    expect(app.output()).not.toContain('Seeding the demo');
  }, 240_000);
});
