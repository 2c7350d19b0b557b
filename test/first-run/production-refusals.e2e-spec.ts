import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApps } from '../support/api-process';
import { runStandalone } from './standalone-process';

/** What `npm start` does with NODE_ENV=production: no stand-in of any kind, and no placeholder secret. */
describe('production refuses the local conveniences', () => {
  let home: string;
  const services = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://guichet:pw@127.0.0.1:1/guichet',
    REDIS_URL: 'redis://127.0.0.1:1',
    PUBLIC_URL: 'https://tickets.example.org',
    MAIL_FROM: 'Guichet <noreply@example.org>',
    STORAGE_DIR: '/tmp/guichet-never-used',
  };

  beforeAll(() => buildApps(), 180_000);
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'guichet-production-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('does not run the payments sandbox (nor the outbox, nor embedded PostgreSQL) without real keys', async () => {
    const run = runStandalone(home, { ENV_FILE: 'none', ...services, JWT_SECRET: randomBytes(32).toString('hex') });
    expect(await run.exited).toBe(78);
    const output = run.output();
    expect(output).toMatch(/STRIPE_SECRET_KEY is missing: production takes card payments through Stripe, never the sandbox/);
    expect(output).toMatch(/STRIPE_WEBHOOK_SECRET is missing/);
    expect(output).toMatch(/SMTP_URL is missing/);
    expect(existsSync(join(home, '.guichet'))).toBe(false);
  });

  it('refuses PAYMENTS_SANDBOX=true even with Stripe keys set', async () => {
    const run = runStandalone(home, {
      ENV_FILE: 'none',
      ...services,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: 'smtp://relay.example.org:587',
      STRIPE_SECRET_KEY: 'sk_live_51Hrealkey',
      STRIPE_WEBHOOK_SECRET: 'whsec_realsecret',
      PAYMENTS_SANDBOX: 'true',
    });
    expect(await run.exited).toBe(78);
    expect(run.output()).toMatch(/PAYMENTS_SANDBOX is refused in production/);
  });

  it('writes no local .env with generated secrets', async () => {
    const run = runStandalone(home, { ...services });
    expect(await run.exited).toBe(78);
    expect(existsSync(join(home, '.env'))).toBe(false);
  });

  it('refuses the placeholder secrets of .env.example, without printing them', async () => {
    copyFileSync(join(__dirname, '..', '..', '.env.example'), join(home, '.env'));
    const run = runStandalone(home, { ...services, SMTP_URL: 'smtp://relay.example.org:587' });
    expect(await run.exited).toBe(78);
    const output = run.output();
    for (const name of ['JWT_SECRET', 'ADMIN_PASSWORD', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']) {
      expect(output).toContain(`${name} still holds a placeholder`);
    }
    expect(output).not.toMatch(/change-me-please|sk_test_placeholder|whsec_placeholder/);
  });
});
