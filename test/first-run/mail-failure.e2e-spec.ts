import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { buildApps, freePort } from '../support/api-process';
import { TEST_DATABASE_URL_VAR } from '../support/test-database';
import { forgetRedisPrefix } from './redis-prefix';
import { json, login, until } from './http';
import type { StandaloneProcess } from './standalone-process';
import { startStandalone } from './standalone-process';
import { expect } from '@jest/globals';

/** An SMTP relay that refuses two domains: one for a while (451, retried), one for good (550, not retried). */
function refusingRelay(): Promise<{ url: string; attempts: Map<string, number>; close(): Promise<void> }> {
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const domain = address.address.split('@')[1];
      attempts.set(domain, (attempts.get(domain) ?? 0) + 1);
      if (domain === 'busy.test') return callback(Object.assign(new Error(`${address.address}: mailbox busy`), { responseCode: 451 }));
      if (domain === 'gone.test') return callback(Object.assign(new Error(`${address.address}: no such user`), { responseCode: 550 }));
      callback();
    },
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
        attempts,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}

const failureLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.includes('A mail could not be delivered'))
    .map((line) => JSON.parse(line) as { level: number; jobId: string; recipientDomain: string; attempts: number });

describe('a mail that cannot be delivered', () => {
  let home: string;
  let app: StandaloneProcess;
  let relay: Awaited<ReturnType<typeof refusingRelay>>;
  const prefix = `guichet-mail-failure-${randomBytes(4).toString('hex')}`;
  const admin = { email: `admin-${randomBytes(3).toString('hex')}@guichet.test`, password: 'admin-password-123' };

  beforeAll(async () => {
    buildApps();
    relay = await refusingRelay();
    home = await mkdtemp(join(tmpdir(), 'guichet-mail-failure-'));
    const port = await freePort();
    app = await startStandalone(home, port, {
      ENV_FILE: 'none',
      DATABASE_URL: process.env[TEST_DATABASE_URL_VAR] as string,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: prefix,
      SMTP_URL: relay.url,
      MAIL_FROM: 'Guichet <noreply@guichet.test>',
      JWT_SECRET: randomBytes(32).toString('hex'),
      STORAGE_DIR: join(home, 'storage'),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      DEMO_DATA: 'false',
      QUEUE_BACKOFF_MS: '50',
      LOG_LEVEL: 'warn',
    });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await relay?.close();
    if (home) await rm(home, { recursive: true, force: true });
    await forgetRedisPrefix(prefix);
  });

  it('ends failed after its attempts, is logged once with the job id and the domain only, and is counted', async () => {
    const suffix = randomBytes(3).toString('hex');
    const registered = await json<{ accessToken: string; club: { id: string } }>(`${app.url}/api/v1/auth/register/organizer`, {
      method: 'POST',
      body: JSON.stringify({
        email: `org-${suffix}@guichet.test`,
        username: `org-${suffix}`,
        password: 'organizer-password-1',
        club: { name: `Mail Failure FC ${suffix}`, country: 'BE' },
      }),
    });
    expect(registered.status).toBe(201);
    const invite = (email: string) =>
      json(`${app.url}/api/v1/clubs/${registered.body.club.id}/invitations`, {
        method: 'POST',
        token: registered.body.accessToken,
        body: JSON.stringify({ email }),
      });
    expect((await invite(`volunteer.${suffix}@busy.test`)).status).toBe(201);
    expect((await invite(`treasurer.${suffix}@gone.test`)).status).toBe(201);

    const lines = await until('two failure lines', () => (failureLines(app.output()).length >= 2 ? failureLines(app.output()) : undefined), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a second line for the same job would show up by now
    const final = failureLines(app.output());
    expect(final).toHaveLength(2);
    const byDomain = Object.fromEntries(lines.map((line) => [line.recipientDomain, line]));
    expect(byDomain['busy.test']).toMatchObject({ level: 50, attempts: 5, jobId: expect.stringMatching(/^mail-/) });
    expect(byDomain['gone.test']).toMatchObject({ level: 50, attempts: 1, jobId: expect.stringMatching(/^mail-/) });
    expect(relay.attempts.get('busy.test')).toBe(5);
    expect(relay.attempts.get('gone.test')).toBe(1);
    expect(app.output()).not.toContain(`volunteer.${suffix}`);
    expect(app.output()).not.toContain(`treasurer.${suffix}`);

    const token = await login(app.url, admin.email, admin.password);
    const counts = await json<{ delivery: string; failed: number; failedTotal: number }>(`${app.url}/api/v1/admin/mail`, { token });
    expect(counts.body).toEqual({ delivery: 'smtp', failed: 2, failedTotal: 2 });
  }, 120_000);
});
