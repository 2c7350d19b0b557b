import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Client, Pool } from 'pg';
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import type { ScanInput, ScanRow } from '../libs/access/src/scans/scan-groups';
import { groupStatement, ScanGroups } from '../libs/access/src/scans/scan-groups';
import { startApiProcess } from './support/api-process';
import { cpuPer, cpuSnapshot } from './support/cpu';
import { WireConnection } from './support/wire-client';
import { ms, percentile } from './support/stats';

/**
 * Entrance throughput. By default it starts the built API itself (api + worker, `dist/apps/standalone`) on a
 * fresh database, as the on-sale bench does:
 *
 *   npm run bench:scan -- [tickets=2000] [concurrency=16]
 *
 * or targets an API that is already running (e.g. `npm start`):
 *
 *   BENCH_URL=http://127.0.0.1:3000 BENCH_API_PID=<pid> node dist-bench/bench/scan.js [tickets] [concurrency]
 *
 * Through the API it registers an organizer with a new club, a stand, a match and a gate, and connects the
 * gate's websocket (socket.io, WebSocket transport, as the gate program). The N paid tickets are written
 * straight into Postgres (DATABASE_URL, else the `.env` of the working directory): buying them through
 * Stripe is not what this measures, and an online scan only looks the code up. Then N distinct valid
 * tickets are scanned with the gate's key, `concurrency` at a time, and it prints scans/s, p50/p99 latency
 * of POST /access/scan, the time from sending the scan to `open` arriving at the gate, and memory.
 * Last, for comparison, the scan statement alone (libs/access/src/scans/scan.sql.ts) on another N tickets,
 * straight from a pg pool of 8 connections (the API's pool size), without the HTTP stack.
 * The club it creates ("Bench FC <time>") is left in the database. Loopback only.
 */
const [tickets = 2000, concurrency = 16] = process.argv.slice(2).map(Number);
/** Valid tickets scanned before each measure (the API's, then each probe's), so that the JIT has compiled the path. */
const WARMUP_SCANS = 500;
const OPEN_GRACE_MS = 5000;

interface Timed {
  scanId: string;
  status: string;
  sentAt: number;
  ms: number;
}

function setting(name: string): string | undefined {
  if (!process.env[name] && existsSync('.env')) process.loadEnvFile('.env');
  return process.env[name];
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

async function rssOfPid(pid: string | undefined): Promise<string> {
  if (!pid) return 'n/a (set BENCH_API_PID)';
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Number.isNaN(kb) ? 'n/a' : mb(kb * 1024);
}

async function call<T>(base: string, method: string, path: string, body?: object, token?: string): Promise<T> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

/** A code shaped like the real ones (kid.payload.signature, ~125 characters); online scans only look it up. */
const benchCode = () => `v1.${randomBytes(26).toString('base64url')}.${randomBytes(64).toString('base64url')}`;

async function setUp(base: string, db: Client) {
  const name = `Bench FC ${new Date()
    .toISOString()
    .replace(/[^0-9]/g, '')
    .slice(0, 14)}`;
  const username = `bench${randomBytes(4).toString('hex')}`;
  const organizer = await call<{ accessToken: string; user: { id: string }; club: { id: string } }>(base, 'POST', '/auth/register/organizer', {
    email: `${username}@example.org`,
    username,
    password: 'bench-password-1',
    club: { name, country: 'BE' },
  });
  const token = organizer.accessToken;
  const clubId = organizer.club.id;
  const stand = await call<{ id: string }>(
    base,
    'POST',
    `/clubs/${clubId}/stands`,
    { name: 'Nord', capacity: 3 * tickets + 3 * WARMUP_SCANS, price: { amount: 1500, currency: 'EUR' } },
    token,
  );
  const match = await call<{ id: string }>(
    base,
    'POST',
    '/matches',
    {
      opponent: 'Bench United',
      kickoffAt: new Date(Date.now() + 3_600_000).toISOString(),
      venue: 'home',
      stands: [{ standId: stand.id, quota: 3 * tickets + 3 * WARMUP_SCANS }],
    },
    token,
  );
  const gate = await call<{ gate: { id: string }; deviceKey: string }>(base, 'POST', `/clubs/${clubId}/gates`, { name: 'Bench gate' }, token);

  const codes = await insertTickets(db, { customerId: organizer.user.id, clubId, matchId: match.id, standId: stand.id });
  return { clubId, matchId: match.id, standId: stand.id, customerId: organizer.user.id, gateId: gate.gate.id, deviceKey: gate.deviceKey, codes };
}

/** `count` paid tickets of one order (items of 10 seats, as orders are capped at 10 a line), seats counted as sold. */
async function insertTickets(db: Client, target: { customerId: string; clubId: string; matchId: string; standId: string }, count = tickets): Promise<string[]> {
  const codes = Array.from({ length: count }, benchCode);
  const orderId = randomUUID();
  const itemIds = Array.from({ length: Math.ceil(count / 10) }, () => randomUUID());
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO customer_order (id, customer_id, club_id, status, payment_method, total_amount, currency, paid_at, fulfilled_at)
     VALUES ($1, $2, $3, 'fulfilled', 'stripe', $4, 'EUR', now(), now())`,
    [orderId, target.customerId, target.clubId, count * 1500],
  );
  await db.query(
    `INSERT INTO order_item (id, order_id, kind, match_id, stand_id, quantity, unit_amount, currency, label)
     SELECT id, $2, 'seat', $3, $4, 10, 1500, 'EUR', 'Bench seat' FROM unnest($1::uuid[]) AS id`,
    [itemIds, orderId, target.matchId, target.standId],
  );
  await db.query(
    `INSERT INTO ticket (order_id, order_item_id, seat_number, customer_id, club_id, match_id, stand_id, code)
     SELECT $1, ($2::uuid[])[(n - 1) / 10 + 1], (n - 1) % 10 + 1, $3, $4, $5, $6, code
     FROM unnest($7::text[]) WITH ORDINALITY AS c (code, n)`,
    [orderId, itemIds, target.customerId, target.clubId, target.matchId, target.standId, codes],
  );
  await db.query(`UPDATE match_stand SET reserved = reserved + $3 WHERE match_id = $1 AND stand_id = $2`, [target.matchId, target.standId, count]);
  await db.query('COMMIT');
  return codes;
}

/**
 * The statement the route runs, without Nest, Fastify, validation or logging in front of it: one scan a
 * statement (the issue's ceiling), or grouped as the API groups them (ScanGroups) when `grouped`.
 */
async function statementAlone(
  databaseUrl: string,
  codes: { warmUp: string[]; measured: string[] },
  setup: { clubId: string; gateId: string },
  grouped: boolean,
): Promise<{ perSecond: number; p50: number; p99: number; cpu: string }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 8 });
  const run = async (inputs: ScanInput[]) => {
    const { statement, values } = groupStatement(inputs);
    return (await pool.query<ScanRow>({ name: statement.name, text: statement.text, values })).rows;
  };
  const groups = new ScanGroups(run);
  const scanOne = async (code: string) => {
    const input: ScanInput = {
      scanId: randomUUID(),
      code,
      scannerClub: setup.clubId,
      forMatch: null,
      gateId: setup.gateId,
      staffUserId: null,
      codeRef: 'bench0000000',
    };
    const [row] = grouped ? [await groups.scan(input)] : await run([input]);
    if (row.result !== 'ok') throw new Error(`statement answered ${row.result}`);
  };
  try {
    await inFlight(codes.warmUp, scanOne);
    const cpuBefore = await cpuSnapshot(undefined);
    const started = performance.now();
    const latencies = await inFlight(codes.measured, scanOne);
    const perSecond = codes.measured.length / ((performance.now() - started) / 1000);
    // Before the pool ends: a backend's time is counted while it lives.
    const cpu = cpuPer(cpuBefore, await cpuSnapshot(undefined), codes.measured.length, ['postgres', 'bench']);
    return { perSecond, p50: percentile(latencies, 50), p99: percentile(latencies, 99), cpu };
  } finally {
    await pool.end();
  }
}

/** Calls `scanOne` on every code, `concurrency` at a time; the latency of each call. */
async function inFlight(codes: string[], scanOne: (code: string) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < codes.length) {
        const code = codes[next++];
        const sentAt = performance.now();
        await scanOne(code);
        latencies.push(performance.now() - sentAt);
      }
    }),
  );
  return latencies;
}

function connectGate(base: string, gateId: string, key: string, opens: Map<string, number>): Promise<Socket> {
  const socket = io(`${base}/gates`, { auth: { gateId, key }, transports: ['websocket'], reconnection: false });
  socket.on('open', (payload: { scanId: string }) => opens.set(payload.scanId, performance.now()));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function scanAll(base: string, key: string, codes: string[], inFlight: number): Promise<{ results: Timed[]; seconds: number }> {
  // One keep-alive connection per gate in flight, as each gate keeps its own.
  const connections = await Promise.all(Array.from({ length: inFlight }, () => WireConnection.open(base)));
  const results: Timed[] = [];
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      connections.map(async (connection) => {
        while (next < codes.length) {
          const code = codes[next++];
          const sentAt = performance.now();
          const response = await connection.send<{ status?: string; scanId?: string }>('POST', '/api/v1/access/scan', { code }, { 'x-gate-key': key });
          const answer = response.body;
          results.push({ scanId: answer.scanId ?? '', status: answer.status ?? `http ${response.status}`, sentAt, ms: performance.now() - sentAt });
        }
      }),
    );
    return { results, seconds: (performance.now() - started) / 1000 };
  } finally {
    for (const connection of connections) connection.close();
  }
}

async function main() {
  const own = process.env.BENCH_URL ? undefined : await startApiProcess(3902, { LOG_LEVEL: 'warn' });
  try {
    await run(own ? { base: own.url, databaseUrl: own.databaseUrl, pid: String(own.pid) } : undefined);
  } finally {
    await own?.stop();
  }
}

async function run(own: { base: string; databaseUrl: string; pid: string } | undefined) {
  const base = (own?.base ?? process.env.BENCH_URL ?? '').replace(/\/$/, '');
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(base).hostname)) throw new Error('BENCH_URL must be a loopback address');
  const apiPid = own?.pid ?? process.env.BENCH_API_PID;
  const databaseUrl = own?.databaseUrl ?? setting('DATABASE_URL');
  if (!databaseUrl) throw new Error('DATABASE_URL is needed to write the bench tickets');
  if (!Number.isInteger(tickets) || tickets < 1 || tickets > 50_000) throw new Error('tickets must be 1..50000');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new Error('concurrency must be 1..256');

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const opens = new Map<string, number>();
  let socket: Socket | undefined;
  try {
    const setup = await setUp(base, db);
    socket = await connectGate(base, setup.gateId, setup.deviceKey, opens);

    // Warm-up (JIT, prepared statements, pools): valid tickets, then unknown codes, so both paths are compiled.
    await scanAll(base, setup.deviceKey, await insertTickets(db, setup, WARMUP_SCANS), concurrency);
    await scanAll(base, setup.deviceKey, Array.from({ length: 100 }, benchCode), concurrency);

    const cpuBefore = await cpuSnapshot(apiPid);
    const { results, seconds } = await scanAll(base, setup.deviceKey, setup.codes, concurrency);
    const deadline = Date.now() + OPEN_GRACE_MS;
    const okScans = results.filter((result) => result.status === 'ok');
    while (okScans.some((result) => !opens.has(result.scanId)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const openMs = okScans.filter((result) => opens.has(result.scanId)).map((result) => (opens.get(result.scanId) as number) - result.sentAt);
    const statuses = new Map<string, number>();
    for (const result of results) statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    const latencies = results.map((result) => result.ms);
    const [{ used }] = (
      await db.query<{ used: number }>(`SELECT count(*)::int AS used FROM ticket WHERE code = ANY($1::text[]) AND status = 'used'`, [setup.codes])
    ).rows;
    const cpuAfter = await cpuSnapshot(apiPid);
    const apiRss = await rssOfPid(apiPid);
    const probeCodes = async () => ({ warmUp: await insertTickets(db, setup, WARMUP_SCANS), measured: await insertTickets(db, setup) });
    const alone = await statementAlone(databaseUrl, await probeCodes(), setup, false);
    const groupedAlone = await statementAlone(databaseUrl, await probeCodes(), setup, true);
    const perSecond = results.length / seconds;

    const lines = [
      `scan bench: ${tickets} distinct valid tickets, ${concurrency} in flight, ${base} (club ${setup.clubId})`,
      `  scans/s            ${perSecond.toFixed(0)} (${seconds.toFixed(2)} s)`,
      `  scan latency       p50 ${ms(percentile(latencies, 50))}  p99 ${ms(percentile(latencies, 99))}  max ${ms(Math.max(...latencies))}`,
      `  answers            ${[...statuses].map(([status, count]) => `${status}=${count}`).join(' ')}  (tickets now used: ${used})`,
      `  scan → open        p50 ${ms(percentile(openMs, 50))}  p99 ${ms(percentile(openMs, 99))}  (${openMs.length}/${okScans.length} opens received)`,
      `  CPU per scan       ${cpuPer(cpuBefore, cpuAfter, tickets, ['api', 'apiKernel', 'postgres', 'redis', 'bench'])}`,
      `  RSS                bench ${mb(process.memoryUsage().rss)}, API ${apiRss}`,
      `  statement alone    ${alone.perSecond.toFixed(0)}/s  p50 ${ms(alone.p50)}  p99 ${ms(alone.p99)}  (one scan a statement, pg pool of 8, no HTTP)`,
      `  CPU per statement  ${alone.cpu}`,
      `  grouped alone      ${groupedAlone.perSecond.toFixed(0)}/s  p50 ${ms(groupedAlone.p50)}  p99 ${ms(groupedAlone.p99)}  (grouped as the API groups them)`,
      `  CPU per scan       ${groupedAlone.cpu}`,
      `  through the API / statement alone: ${((100 * perSecond) / alone.perSecond).toFixed(0)} %  (/ grouped alone: ${((100 * perSecond) / groupedAlone.perSecond).toFixed(0)} %)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    socket?.close();
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
