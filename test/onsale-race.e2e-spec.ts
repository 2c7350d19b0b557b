import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FakeStripe, startFakeStripe } from './fakes/stripe';
import { buildApps, freePort, RunningApi, spawnApi } from './support/api-process';
import { bulkCustomers } from './support/bulk-customers';
import { sellingClub, stripeEnv } from './support/selling-club';
import { startTestApp, TestApp } from './support/test-app';

const BUYERS = 1000;
const QUOTA = 500;

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
  });

  async function race(instances: { url: string }[]) {
    const club = await sellingClub(a.url, fake, QUOTA);
    const tokens = await bulkCustomers(db, jwt, BUYERS);
    const statuses = await Promise.all(
      tokens.map(async (token, index) => {
        const response = await fetch(`${instances[index % instances.length].url}/api/v1/orders`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1 }], paymentMethod: 'stripe' }),
        });
        const body = (await response.json()) as { type?: string };
        return response.status === 409 && !body.type?.endsWith('/sold-out') ? 'other-409' : response.status;
      }),
    );
    const count = (status: number | string) => statuses.filter((candidate) => candidate === status).length;
    const [{ reserved }] = await db.query('SELECT reserved FROM match_stand WHERE match_id = $1', [club.match.id]);
    const [{ held }] = await db.query(
      `SELECT count(*)::int AS held FROM customer_order o JOIN order_item i ON i.order_id = o.id WHERE i.match_id = $1 AND o.status = 'pending'`,
      [club.match.id],
    );
    return { created: count(201), soldOut: count(409), others: statuses.length - count(201) - count(409), reserved, held };
  }

  it('holds exactly 500 seats when 1000 buyers race for 500 on one instance; every other buyer gets 409 sold-out', async () => {
    expect(await race([a])).toEqual({ created: QUOTA, soldOut: BUYERS - QUOTA, others: 0, reserved: QUOTA, held: QUOTA });
  });

  it('holds exactly 500 seats when the same race is spread over two API instances', async () => {
    expect(await race([a, b])).toEqual({ created: QUOTA, soldOut: BUYERS - QUOTA, others: 0, reserved: QUOTA, held: QUOTA });
  });

  it('holds exactly 500 seats when the race is spread over two API processes', async () => {
    expect(await race([a, separate])).toEqual({ created: QUOTA, soldOut: BUYERS - QUOTA, others: 0, reserved: QUOTA, held: QUOTA });
  });
});
