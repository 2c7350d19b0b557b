import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApps, freePort } from '../support/api-process';
import { decodeQrPng } from '../support/qr-decode';
import { forgetRedisPrefix } from './redis-prefix';
import { json, login, until } from './http';
import type { StandaloneProcess } from './standalone-process';
import { startStandalone } from './standalone-process';

interface Match {
  id: string;
  opponent: string;
  stands: { standId: string; remaining: number; quota: number }[];
}
interface OutboxItem {
  id: string;
  to: string;
  subject: string;
  attachments: { index: number; contentType: string; inline: boolean }[];
}

/**
 * A newcomer's first ten minutes, from a clean folder with DATABASE_URL and REDIS_URL unset: `npm start`'s
 * app runs on embedded PostgreSQL, seeds the demo, sells a seat through the payments sandbox, puts the
 * ticket mail in the outbox, and the QR in it opens the gate. Then a restart keeps everything, seeds nothing.
 * One embedded PostgreSQL for the whole file (initdb is the slow part).
 */
describe('first run: npm start on a bare machine', () => {
  let home: string;
  let port: number;
  let app: StandaloneProcess;
  const prefix = `guichet-first-run-${randomBytes(4).toString('hex')}`;
  const env = () => ({ REDIS_PREFIX: prefix, LOG_LEVEL: 'info', SWEEP_INTERVAL_MS: '60000' });
  const dotEnv = () =>
    Object.fromEntries(
      readFileSync(join(home, '.env'), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => {
          const at = line.indexOf('=');
          return [line.slice(0, at), line.slice(at + 1).replace(/^"|"$/g, '')];
        }),
    ) as Record<string, string>;
  const api = (path: string) => `${app.url}/api/v1${path}`;

  beforeAll(async () => {
    buildApps();
    home = await mkdtemp(join(tmpdir(), 'guichet-first-run-'));
    await chmod(home, 0o755); // as root, PostgreSQL runs as the postgres user, which must enter this folder
    port = await freePort();
    app = await startStandalone(home, port, env());
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    if (home) await rm(home, { recursive: true, force: true });
    await forgetRedisPrefix(prefix);
  });

  it('writes .env, runs PostgreSQL from the working folder and prints the demo logins once', () => {
    const settings = dotEnv();
    expect(settings.DATABASE_URL).toBeUndefined();
    expect(settings.DEMO_CUSTOMER_PASSWORD).toMatch(/.{12,}/);
    expect(existsSync(join(home, '.guichet', 'postgres', 'PG_VERSION'))).toBe(true);
    expect(readFileSync(join(home, '.guichet', 'postgres', 'PG_VERSION'), 'utf8').trim()).toBe('15');
    const output = app.output();
    expect(output.match(/Demo ready/g)).toHaveLength(1);
    expect(output).toContain(`${settings.DEMO_CUSTOMER_EMAIL}  /  ${settings.DEMO_CUSTOMER_PASSWORD}`);
  });

  it('has something to browse: three upcoming matches (one on sale), four films, a series of two seasons', async () => {
    const matches = (await json<{ items: Match[] }>(api('/matches'))).body.items;
    expect(matches).toHaveLength(3);
    expect(matches.filter((m) => m.stands.some((s) => s.remaining > 0))).toHaveLength(1);
    expect(matches[0].stands).toHaveLength(2);
    const films = (await json<{ total: number; items: { thumbnailUrl?: string }[] }>(api('/films'))).body;
    expect(films.total).toBe(4);
    const series = (await json<{ items: { id: string }[] }>(api('/series'))).body.items;
    expect(series).toHaveLength(1);
    const detail = (await json<{ seasons: { episodes: unknown[] }[] }>(api(`/series/${series[0].id}`))).body;
    expect(detail.seasons).toHaveLength(2);
    expect(detail.seasons.every((season) => season.episodes.length >= 2)).toBe(true);
  });

  it('sells a seat through the sandbox; the ticket mail in the outbox holds a QR the gate admits once', async () => {
    const settings = dotEnv();
    const customer = await login(app.url, settings.DEMO_CUSTOMER_EMAIL, settings.DEMO_CUSTOMER_PASSWORD);
    const onSale = (await json<{ items: Match[] }>(api('/matches'))).body.items.find((m) => m.stands.some((s) => s.remaining > 0)) as Match;
    const stand = onSale.stands[0];
    const ordered = await json<{ order: { id: string }; payment: { checkoutUrl: string } }>(api('/orders'), {
      method: 'POST',
      token: customer,
      body: JSON.stringify({ items: [{ type: 'seat', matchId: onSale.id, standId: stand.standId, quantity: 1 }], paymentMethod: 'stripe' }),
    });
    expect(ordered.status).toBe(201);

    // The buyer follows the link: our route creates the Checkout Session and sends them to the sandbox's page.
    const toCheckout = await fetch(ordered.body.payment.checkoutUrl, { redirect: 'manual' });
    expect(toCheckout.status).toBe(303);
    const checkoutPage = await fetch(new URL(toCheckout.headers.get('location') as string, app.url));
    const html = await checkoutPage.text();
    expect(html).toContain('MODE TEST');
    expect(html).toContain('Annuler');
    const payAction = /<form method="post" action="([^"]+\/confirm)"><button class="pay"[^>]*>Payer/.exec(html)?.[1];
    expect(payAction).toBeDefined();
    const paid = await fetch(new URL(payAction as string, app.url), { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toContain(ordered.body.order.id);

    const admin = await login(app.url, settings.ADMIN_EMAIL, settings.ADMIN_PASSWORD);
    expect((await json(api('/admin/outbox'), { token: customer })).status).toBe(403);
    const mail = await until(
      'the ticket mail in the outbox',
      async () => {
        const items = (await json<{ items: OutboxItem[] }>(api('/admin/outbox'), { token: admin })).body.items;
        return items.find((item) => item.to === settings.DEMO_CUSTOMER_EMAIL && item.attachments.some((a) => a.contentType === 'image/png'));
      },
      60_000,
    );
    const shown = (await json<{ html: string }>(api(`/admin/outbox/${mail.id}`), { token: admin })).body;
    expect(shown.html).toMatch(/src="data:image\/png;base64,/);
    const qr = mail.attachments.find((a) => a.contentType === 'image/png') as OutboxItem['attachments'][number];
    const png = Buffer.from(
      await (await fetch(api(`/admin/outbox/${mail.id}/attachments/${qr.index}`), { headers: { authorization: `Bearer ${admin}` } })).arrayBuffer(),
    );
    const code = decodeQrPng(png);
    expect(code).toBeDefined();

    const organizer = await login(app.url, settings.DEMO_ORGANIZER_EMAIL, settings.DEMO_ORGANIZER_PASSWORD);
    const first = await json<{ status: string }>(api('/access/scan'), { method: 'POST', token: organizer, body: JSON.stringify({ code }) });
    expect(first.body.status).toBe('ok');
    const again = await json<{ status: string }>(api('/access/scan'), { method: 'POST', token: organizer, body: JSON.stringify({ code }) });
    expect(again.body.status).toBe('already_used');
  }, 120_000);

  it('stops PostgreSQL with the app, and a second start keeps the data, seeds nothing and is ready within 10 s', async () => {
    const pidFile = join(home, '.guichet', 'postgres', 'postmaster.pid');
    expect(existsSync(pidFile)).toBe(true);
    expect(await app.stop()).toBe(0);
    expect(existsSync(pidFile)).toBe(false);

    app = await startStandalone(home, port, env());
    expect(app.readyAfterMs).toBeLessThan(10_000);
    expect(app.output()).not.toContain('Demo ready');
    const settings = dotEnv();
    const customer = await login(app.url, settings.DEMO_CUSTOMER_EMAIL, settings.DEMO_CUSTOMER_PASSWORD);
    const tickets = (await json<{ status: string }[] | { items: { status: string }[] }>(api('/me/tickets'), { token: customer })).body;
    const list = Array.isArray(tickets) ? tickets : tickets.items;
    expect(list.map((t) => t.status)).toEqual(['used']);
    expect((await json<{ total: number }>(api('/clubs'))).body.total).toBe(1);
    expect((await json<{ total: number }>(api('/films'))).body.total).toBe(4);
  }, 120_000);
});
