import { createHmac, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startFakeStripe } from '../test/fakes/stripe';
import { startApiProcess } from './support/api-process';
import { JsonClient } from './support/http-client';
import { ms, percentile, rssMb } from './support/stats';

/**
 * N buyers race for M seats of one stand against the real API process on loopback.
 * Prints holds/s, p50/p99 latency, oversold (must be 0), errors and the API's memory.
 *   npm run bench:onsale -- [buyers=2000] [seats=1000] [concurrency=64]
 */
const [buyers = 2000, seats = 1000, concurrency = 64] = process.argv.slice(2).map(Number);
const WEBHOOK_SECRET = 'whsec_bench';

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** HS256 access token for a customer, as the API's own JwtService would sign it. */
function accessToken(secret: string, sub: string): string {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, role: 'customer', iat: now, exp: now + 3600 })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
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
  const api = await startApiProcess(3901, { STRIPE_SECRET_KEY: 'sk_test_bench', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: fake.url, LOG_LEVEL: 'error' });
  const client = new JsonClient(`${api.url}/api/v1`, concurrency);
  const json = (path: string, body: object, token?: string) =>
    client.send<Answer>('POST', path, body, token ? { authorization: `Bearer ${token}` } : {});
  try {
    const org = await json(`/auth/register/organizer`, { email: 'bench@example.org', username: 'benchorg', password: 'bench-password-1', club: { name: `Bench FC ${Date.now()}`, country: 'BE' } });
    const stand = await json(`/clubs/${org.body.club.id}/stands`, { name: 'Nord', capacity: seats, price: { amount: 1500, currency: 'EUR' } }, org.body.accessToken);
    const match = await json(`/matches`, { opponent: 'Bench United', kickoffAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), venue: 'home', stands: [{ standId: stand.body.id, quota: seats }] }, org.body.accessToken);
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
    const outcomes = new Map<string, number>();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < tokens.length) {
          const token = tokens[next++];
          const t0 = performance.now();
          const res = await json(`/orders`, { items: [{ type: 'seat', matchId: match.body.id, standId: stand.body.id, quantity: 1 }], paymentMethod: 'stripe' }, token);
          latencies.push(performance.now() - t0);
          const key = res.status === 409 ? `409 ${String(res.body.type).split('/').pop()}` : String(res.status);
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const [{ reserved, quota }] = (await db.query('SELECT reserved, quota FROM match_stand WHERE match_id = $1', [match.body.id])).rows;
    const [{ held }] = (await db.query(`SELECT count(*)::int AS held FROM customer_order WHERE status = 'pending'`)).rows;
    await db.end();
    const holds = outcomes.get('201') ?? 0;
    const errors = [...outcomes.entries()].filter(([key]) => key !== '201' && key !== '409 sold-out');
    const lines = [
      `buyers ${buyers}, seats ${seats}, concurrency ${concurrency}, ${seconds.toFixed(2)} s`,
      `requests/s ${(buyers / seconds).toFixed(0)}, holds/s ${(holds / seconds).toFixed(0)}`,
      `latency p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(Math.max(...latencies))}`,
      `holds ${holds}, sold out ${outcomes.get('409 sold-out') ?? 0}, orders pending ${held}, reserved ${reserved}/${quota}`,
      `oversold ${Math.max(0, reserved - quota) + Math.max(0, holds - seats)}`,
      `errors ${errors.length ? errors.map(([key, count]) => `${key}×${count}`).join(', ') : 0}`,
      `API RSS ${rssBefore.toFixed(0)} MB before, ${(await rssMb(api.pid)).toFixed(0)} MB after`,
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
