import { createHmac, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { HOLD_SEATS } from '../libs/ticketing/src/orders/seat-hold.sql';
import { startFakeStripe } from '../test/fakes/stripe';
import { startApiProcess } from './support/api-process';
import { JsonClient } from './support/http-client';
import { cpuPer, cpuSnapshot } from './support/cpu';
import { ms, percentile, rssMb } from './support/stats';

/**
 * N buyers race for M seats of one stand against the real API process on loopback.
 * Prints holds/s, p50/p99 latency, oversold (must be 0), errors and the API's memory; then, in the same
 * run, the database's own ceiling: the very statement the API runs (HOLD_SEATS) straight from a pg pool
 * of 16 connections (as pgbench -c 16) on a scratch stand, and the ratio of the two.
 *   npm run bench:onsale -- [buyers=2000] [seats=1000] [concurrency=64]
 */
const [buyers = 2000, seats = 1000, concurrency = 64] = process.argv.slice(2).map(Number);
const CEILING_CLIENTS = 16;
const CEILING_HOLDS = 3000;
const WEBHOOK_SECRET = 'whsec_bench';

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** HS256 access token for a customer, as the API's own JwtService would sign it. */
function accessToken(secret: string, sub: string): string {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, role: 'customer', iat: now, exp: now + 3600 })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/**
 * The ceiling: HOLD_SEATS alone, every call a successful hold of one seat (a scratch stand with a quota
 * large enough), `CEILING_CLIENTS` at a time, without HTTP, auth, validation or Node's event loop in front.
 */
async function databaseCeiling(databaseUrl: string, customerIds: string[], matchId: string, standId: string) {
  const pool = new Pool({ connectionString: databaseUrl, max: CEILING_CLIENTS });
  const latencies: number[] = [];
  let next = 0;
  const cpuBefore = await cpuSnapshot(undefined);
  const started = performance.now();
  let cpu = '';
  try {
    await Promise.all(
      Array.from({ length: CEILING_CLIENTS }, async () => {
        while (next < CEILING_HOLDS) {
          const customerId = customerIds[next++ % customerIds.length];
          const t0 = performance.now();
          const { rows } = await pool.query({ ...HOLD_SEATS, values: [customerId, [matchId], [standId], [1], 15, null] });
          if (rows.length !== 1) throw new Error('the ceiling probe could not hold a seat');
          latencies.push(performance.now() - t0);
        }
      }),
    );
    // Before the pool ends: a backend's time is counted while it lives.
    cpu = cpuPer(cpuBefore, await cpuSnapshot(undefined), CEILING_HOLDS, ['postgres', 'bench']);
  } finally {
    await pool.end();
  }
  return { perSecond: CEILING_HOLDS / ((performance.now() - started) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), cpu };
}

/** The few fields the bench reads from the API's answers. */
interface Answer {
  id: string;
  type?: string;
  accessToken: string;
  club: { id: string };
}

async function main() {
  const fake = await startFakeStripe();
  const api = await startApiProcess(3901, {
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: fake.url,
    LOG_LEVEL: 'error',
    // The pool (and with it the admission width) can be varied per run: DATABASE_POOL_SIZE=18 npm run bench:onsale
    ...(process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {}),
  });
  const client = new JsonClient(`${api.url}/api/v1`, concurrency);
  const json = (path: string, body: object, token?: string) => client.send<Answer>('POST', path, body, token ? { authorization: `Bearer ${token}` } : {});
  try {
    const org = await json(`/auth/register/organizer`, {
      email: 'bench@example.org',
      username: 'benchorg',
      password: 'bench-password-1',
      club: { name: `Bench FC ${Date.now()}`, country: 'BE' },
    });
    const stand = await json(
      `/clubs/${org.body.club.id}/stands`,
      { name: 'Nord', capacity: seats, price: { amount: 1500, currency: 'EUR' } },
      org.body.accessToken,
    );
    const match = await json(
      `/matches`,
      {
        opponent: 'Bench United',
        kickoffAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        venue: 'home',
        stands: [{ standId: stand.body.id, quota: seats }],
      },
      org.body.accessToken,
    );
    const scratchStand = await json(
      `/clubs/${org.body.club.id}/stands`,
      { name: 'Scratch', capacity: CEILING_HOLDS, price: { amount: 1500, currency: 'EUR' } },
      org.body.accessToken,
    );
    const scratchMatch = await json(
      `/matches`,
      {
        opponent: 'Ceiling Probe',
        kickoffAt: new Date(Date.now() + 8 * 86_400_000).toISOString(),
        venue: 'home',
        stands: [{ standId: scratchStand.body.id, quota: CEILING_HOLDS }],
      },
      org.body.accessToken,
    );
    await json(`/clubs/${org.body.club.id}/stripe/onboarding`, {}, org.body.accessToken);
    const account = [...fake.accounts.values()][0];
    await fake.deliver(fake.enableCharges(account.id), `${api.url}/api/v1/payments/stripe/webhook`, WEBHOOK_SECRET);

    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const ids = Array.from({ length: buyers }, () => randomUUID());
    await db.query(
      `INSERT INTO app_user (id, email, username, display_name, password_hash, role)
       SELECT id, 'b-' || id || '@example.org', 'b-' || id, 'Buyer', 'x', 'customer' FROM unnest($1::uuid[]) AS id`,
      [ids],
    );
    const tokens = ids.map((id) => accessToken(api.jwtSecret, id));
    const rssBefore = await rssMb(api.pid);

    const latencies: number[] = [];
    /** When each successful hold was answered, from the start (ms). */
    const holdTimes: number[] = [];
    const outcomes = new Map<string, number>();
    let overloaded = 0;
    let next = 0;
    const cpuBefore = await cpuSnapshot(String(api.pid));
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < tokens.length) {
          const token = tokens[next++];
          // As the web page and the bot: one Idempotency-Key per purchase, and a 503 retried after Retry-After.
          const headers = { authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() };
          for (;;) {
            const t0 = performance.now();
            const res = await client.send<Answer>(
              'POST',
              '/orders',
              { items: [{ type: 'seat', matchId: match.body.id, standId: stand.body.id, quantity: 1 }], paymentMethod: 'stripe' },
              headers,
            );
            latencies.push(performance.now() - t0);
            if (res.status === 503 && res.body.type?.endsWith('/overloaded')) {
              overloaded++;
              await new Promise((resolve) => setTimeout(resolve, Number(res.headers['retry-after']) * 1000 * (0.5 + Math.random())));
              continue;
            }
            if (res.status === 201) holdTimes.push(performance.now() - started);
            const key = res.status === 409 ? `409 ${String(res.body.type).split('/').pop()}` : String(res.status);
            outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
            break;
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = await cpuSnapshot(String(api.pid));
    const [{ reserved, quota }] = (
      await db.query<{ reserved: number; quota: number }>('SELECT reserved, quota FROM match_stand WHERE match_id = $1', [match.body.id])
    ).rows;
    const [{ held }] = (
      await db.query<{ held: number }>(
        `SELECT count(*)::int AS held FROM customer_order o JOIN order_item i ON i.order_id = o.id WHERE o.status = 'pending' AND i.match_id = $1`,
        [match.body.id],
      )
    ).rows;
    await db.end();
    const rssAfter = await rssMb(api.pid);
    const ceiling = await databaseCeiling(api.databaseUrl, ids, scratchMatch.body.id, scratchStand.body.id);
    const holds = outcomes.get('201') ?? 0;
    const errors = [...outcomes.entries()].filter(([key]) => key !== '201' && key !== '409 sold-out');
    const fivexx = [...outcomes.entries()].filter(([key]) => key.startsWith('5')).reduce((sum, [, count]) => sum + count, 0);
    // The ratio compares like with like: successful holds per second while seats were left.
    const holdPhase = percentile(holdTimes, 100) / 1000;
    const holdsPerSecond = holds / holdPhase;
    const lines = [
      `buyers ${buyers}, seats ${seats}, concurrency ${concurrency}, ${seconds.toFixed(2)} s`,
      `buyers/s ${(buyers / seconds).toFixed(0)}, holds/s ${holdsPerSecond.toFixed(0)} (${holds} holds in the first ${holdPhase.toFixed(2)} s)`,
      `latency p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(Math.max(...latencies))}`,
      `holds ${holds}, sold out ${outcomes.get('409 sold-out') ?? 0}, orders pending ${held}, reserved ${reserved}/${quota}`,
      `oversold ${Math.max(0, reserved - quota) + Math.max(0, holds - seats)}, undersold ${Math.max(0, Math.min(seats, buyers) - holds)}`,
      `errors ${errors.length ? errors.map(([key, count]) => `${key}×${count}`).join(', ') : 0}; 5xx answers ${fivexx + overloaded} (of which 503 /overloaded, retried after Retry-After: ${overloaded})`,
      `CPU per request (hold or sold-out) ${cpuPer(cpuBefore, cpuAfter, latencies.length, ['api', 'apiKernel', 'postgres', 'redis', 'bench'])}`,
      `API RSS ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after`,
      `database ceiling (HOLD_SEATS alone, pg pool of ${CEILING_CLIENTS}, ${CEILING_HOLDS} holds): ${ceiling.perSecond.toFixed(0)} holds/s, p50 ${ms(ceiling.p50)}, p99 ${ms(ceiling.p99)}`,
      `CPU per hold alone ${ceiling.cpu}`,
      `through the API / ceiling: ${((100 * holdsPerSecond) / ceiling.perSecond).toFixed(0)} %`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    client.close();
    await api.stop();
    await fake.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
