import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import Redis from 'ioredis';
import request from 'supertest';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FakeStripe } from '../fakes/stripe';
import { startFakeStripe } from '../fakes/stripe';
import type { Session } from '../support/accounts';
import { bearer, registerCustomer } from '../support/accounts';
import { openCheckoutLink } from '../support/checkout-link';
import type { OwnDatabase } from '../support/own-database';
import { ownDatabase } from '../support/own-database';
import { eventually } from '../support/eventually';
import type { PaidOrder } from '../support/paid-order';
import { buySeats } from '../support/paid-order';
import { sellingClub, stripeEnv, WEBHOOK_SECRET, webhookUrl } from '../support/selling-club';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import type { CreatedOrder } from '../support/body';
import { bodyOf } from '../support/body';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A Redis of this spec's own, to stop, start and flush without touching anyone else's. */
class OwnRedis {
  private process?: ChildProcess;
  constructor(readonly port: number) {}

  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await eventually(
      async () => {
        const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } catch {
          return false;
        } finally {
          probe.disconnect();
        }
      },
      10_000,
      'redis-server up',
    );
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async flush(): Promise<void> {
    const client = new Redis(this.url);
    await client.flushall();
    client.disconnect();
  }
}

describe('when Redis fails', () => {
  let redis: OwnRedis;
  let fake: FakeStripe;
  let t: TestApp;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof sellingClub>>;
  let buyer: Session;
  let ticketed: PaidOrder;
  let own: OwnDatabase;

  beforeAll(async () => {
    redis = new OwnRedis(await freePort());
    await redis.start();
    fake = await startFakeStripe();
    // Its fast sweeps on a database of its own: they take every lapsed hold and lost outcome they see.
    own = await ownDatabase('redis_faults');
    t = await startTestApp({ ...stripeEnv(fake), REDIS_URL: redis.url, SWEEP_INTERVAL_MS: '300', DATABASE_URL: own.url });
    db = t.app.get<DataSource>(getDataSourceToken());
    club = await sellingClub(t.url, fake, 50);
    buyer = await registerCustomer(t.url);
    ticketed = await buySeats(t.url, fake, club.match.id, club.stand.id, 1);
  }, 120_000);
  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await t?.close();
    await fake?.close();
    await redis.stop();
    await own?.drop();
  }, 120_000);

  const order = () =>
    request(t.url)
      .post('/api/v1/orders')
      .set(bearer(buyer))
      .send({ items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1 }], paymentMethod: 'stripe' });

  it('expires a lapsed hold after Redis was flushed under the running app', async () => {
    await redis.flush();
    const created = await order().expect(201);
    const orderId = bodyOf<CreatedOrder>(created).order.id;
    await db.query(`UPDATE customer_order SET expires_at = now() - interval '1 second' WHERE id = $1`, [orderId]);
    await eventually(
      async () => bodyOf<{ status: string }>(await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(buyer))).status === 'expired',
      15_000,
      'the lapsed hold expired',
    );
  }, 60_000);

  describe('while Redis is down', () => {
    beforeAll(() => redis.stop());

    it('answers a login with 503 and Retry-After within a second', async () => {
      const started = Date.now();
      const res = await request(t.url).post('/api/v1/auth/login').send({ login: buyer.user.username, password: 'correct-horse-battery' });
      // 750 ms of deadline; the rest is slack for a loaded CI machine.
      expect(Date.now() - started).toBeLessThan(2000);
      expect(res.status).toBe(503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it('keeps browsing and orders working', async () => {
      await request(t.url).get('/api/v1/matches').expect(200);
      await request(t.url).get(`/api/v1/matches/${club.match.id}`).expect(200);
      await request(t.url).get('/api/v1/films').expect(200);
      const created = await order().timeout(10_000);
      expect(created.status).toBe(201);
    }, 30_000);

    it('keeps scanning tickets at the gate', async () => {
      const res = await request(t.url)
        .post('/api/v1/access/scan')
        .set(bearer(club.organizer))
        .send({ code: ticketed.tickets[0].code, matchId: club.match.id })
        .timeout(10_000);
      expect(res.status).toBe(200);
      expect(bodyOf<{ status: string }>(res).status).toBe('ok');
    }, 30_000);

    it('answers a Stripe webhook within seconds and records the event with its effect', async () => {
      const { order: created, payment } = bodyOf<CreatedOrder>(await order().expect(201));
      const orderId = created.id;
      expect((await openCheckoutLink(t.url, payment.checkoutUrl)).status).toBe(303);
      const stored = [...fake.sessions.values()].find((candidate) => candidate.session.client_reference_id === orderId);
      if (!stored) throw new Error('no checkout session');
      const event = fake.completeSession(stored.session.id);
      const started = Date.now();
      const res = await fake.deliver(event, webhookUrl(t.url), WEBHOOK_SECRET);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.status).toBe(200);
      const [recorded] = await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM payment_event WHERE id = $1`, [event.id]);
      expect(Number(recorded.n)).toBe(1);
      const [paymentRow] = await db.query<{ status: string }[]>(`SELECT status FROM payment WHERE order_id = $1`, [orderId]);
      expect(paymentRow.status).toBe('succeeded');
    }, 30_000);
  });
});
