import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FakeStripe } from './fakes/stripe';
import { startFakeStripe } from './fakes/stripe';
import type { RunningApi } from './support/api-process';
import { buildApps, freePort, spawnApi } from './support/api-process';
import { bulkCustomers } from './support/bulk-customers';
import { sellingClub, stripeEnv } from './support/selling-club';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const BUYERS = 1000;
const QUOTA = 500;
/** Generous: the machine running the suite may be shared and loaded; the assertions are on outcomes, not time. */
const RACE_TIMEOUT_MS = 240_000;

describe('on-sale rush', () => {
  let fake: FakeStripe;
  let a: TestApp;
  let b: TestApp;
  let separate: RunningApi;
  let db: DataSource;
  let jwt: JwtService;

  beforeAll(async () => {
    fake = await startFakeStripe();
    const shared = { ...stripeEnv(fake), JWT_SECRET: randomBytes(32).toString('hex'), SWEEP_INTERVAL_MS: '600000' };
    a = await startTestApp(shared);
    // A second API instance with its own connection pool on the same database, as behind a load balancer.
    b = await startTestApp(shared, false);
    db = a.app.get<DataSource>(getDataSourceToken());
    jwt = a.app.get(JwtService);
    // And the built api app as its own OS process, configured like a production instance.
    buildApps();
    const port = await freePort();
    separate = await spawnApi('api', port, {
      ...shared,
      DATABASE_URL: a.config.DATABASE_URL,
      REDIS_URL: a.config.REDIS_URL,
      REDIS_PREFIX: a.config.REDIS_PREFIX,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: a.smtp.url,
      MAIL_FROM: a.config.MAIL_FROM,
      STORAGE_DIR: a.config.STORAGE_DIR,
      LOG_LEVEL: 'error',
    });
  }, 180_000);
  afterAll(async () => {
    await separate?.stop();
    await b.close();
    await a.close();
    await fake.close();
  }, 120_000);

  /**
   * One buyer as the web page and the bot behave: an Idempotency-Key for the purchase, and on 503 a retry
   * after Retry-After (plus jitter) with the same key. Answers the final status.
   */
  async function buy(url: string, token: string, matchId: string, standId: string): Promise<number | string> {
    const key = randomBytes(12).toString('base64url');
    for (let attempt = 1; attempt <= 30; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${url}/api/v1/orders`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ items: [{ type: 'seat', matchId, standId, quantity: 1 }], paymentMethod: 'stripe' }),
        });
      } catch {
        // A connection reset by a saturated loopback: the same key makes the retry safe, as for a phone.
        await new Promise((resolve) => setTimeout(resolve, 1000 * (0.5 + Math.random())));
        continue;
      }
      const body = (await response.json()) as { type?: string };
      if (response.status === 503) {
        if (!body.type?.endsWith('/overloaded')) return 'other-503';
        const retryAfter = Number(response.headers.get('retry-after'));
        if (!(retryAfter >= 1)) return '503-without-retry-after';
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 * (0.5 + Math.random())));
        continue;
      }
      return response.status === 409 && !body.type?.endsWith('/sold-out') ? 'other-409' : response.status;
    }
    return 'gave-up';
  }

  async function race(instances: { url: string }[]) {
    const club = await sellingClub(a.url, fake, QUOTA);
    const tokens = await bulkCustomers(db, jwt, BUYERS);
    const statuses = await Promise.all(tokens.map((token, index) => buy(instances[index % instances.length].url, token, club.match.id, club.stand.id)));
    const count = (status: number | string) => statuses.filter((candidate) => candidate === status).length;
    const [{ reserved }] = await db.query<{ reserved: number }[]>('SELECT reserved FROM match_stand WHERE match_id = $1', [club.match.id]);
    const [{ held }] = await db.query<{ held: number }[]>(
      `SELECT count(*)::int AS held FROM customer_order o JOIN order_item i ON i.order_id = o.id WHERE i.match_id = $1 AND o.status = 'pending'`,
      [club.match.id],
    );
    return { created: count(201), soldOut: count(409), others: statuses.length - count(201) - count(409), reserved, held };
  }

  it(
    'holds exactly 500 seats when 1000 buyers race for 500 on one instance; every other buyer gets 409 sold-out, none an error',
    async () => {
      expect(await race([a])).toEqual({ created: QUOTA, soldOut: BUYERS - QUOTA, others: 0, reserved: QUOTA, held: QUOTA });
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'holds exactly 500 seats when the same race is spread over two API instances',
    async () => {
      expect(await race([a, b])).toEqual({ created: QUOTA, soldOut: BUYERS - QUOTA, others: 0, reserved: QUOTA, held: QUOTA });
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'holds exactly 500 seats when the race is spread over two API processes',
    async () => {
      expect(await race([a, separate])).toEqual({ created: QUOTA, soldOut: BUYERS - QUOTA, others: 0, reserved: QUOTA, held: QUOTA });
    },
    RACE_TIMEOUT_MS,
  );
});
