import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { FakeStripe } from './fakes/stripe';
import { startFakeStripe } from './fakes/stripe';
import { bearer } from './support/accounts';
import type { Organizer } from './support/club-fixtures';
import { eventually } from './support/eventually';
import type { Ticket } from './support/access/entrance';
import { clubWithTickets, gateEvents, gateScan, listGates, registerGate, staffScan } from './support/access/entrance';
import { FakeGateSocket, refusedConnection } from './support/access/gate-socket-client';
import { stripeEnv } from './support/selling-club';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import { expect } from '@jest/globals';
import { bodyOf } from './support/body';

/**
 * The gates' websocket on two API instances sharing Postgres and Redis (same REDIS_PREFIX, same JWT secret),
 * as behind a load balancer: a gate is connected to one, scans may land on either.
 */
describe('gate websocket', () => {
  let fake: FakeStripe;
  let a: TestApp;
  let b: TestApp;
  let organizer: Organizer;
  let club: Awaited<ReturnType<typeof clubWithTickets>>;
  let pile: Ticket[];
  const sockets: FakeGateSocket[] = [];
  const take = () => {
    const ticket = pile.shift();
    if (!ticket) throw new Error('not enough tickets bought for these tests');
    return ticket;
  };
  const connect = async (url: string, gateId: string, key: string) => {
    const socket = await FakeGateSocket.connect(url, gateId, key);
    sockets.push(socket);
    return socket;
  };
  const gateOf = async (id: string) => (await listGates(a.url, organizer)).find((gate) => gate.id === id);

  beforeAll(async () => {
    fake = await startFakeStripe();
    const shared = {
      ...stripeEnv(fake),
      JWT_SECRET: randomBytes(32).toString('hex'),
      REDIS_PREFIX: `guichet-test-gates-${randomBytes(4).toString('hex')}`,
      SWEEP_INTERVAL_MS: '600000',
    };
    a = await startTestApp(shared);
    b = await startTestApp(shared, false);
    club = await clubWithTickets(a.url, fake, 18);
    organizer = club.organizer;
    pile = [...club.tickets];
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await b.close();
    await a.close();
    await fake.close();
  });

  it('sends open to the gate that scanned ok, records what the gate reports, and follows it online and offline', async () => {
    const { gate, deviceKey } = await registerGate(a.url, organizer);
    const socket = await connect(a.url, gate.id, deviceKey);
    await eventually(async () => (await gateOf(gate.id))?.online, 5000, 'gate online');

    const ticket = take();
    const scan = await gateScan(a.url, deviceKey, { code: ticket.code, gateId: gate.id });
    expect(scan.body.status).toBe('ok');
    expect(await socket.waitForOpen(scan.body.scanId)).toEqual({ scanId: scan.body.scanId, holdMs: 8000 });

    // A refused scan opens nothing.
    const refused = await gateScan(a.url, deviceKey, { code: ticket.code });
    expect(refused.body.status).toBe('already_used');

    socket.socket.emit('status', { doorState: 'open', sensorCm: null });
    socket.socket.emit('status', { doorState: 'open', sensorCm: 42 });
    socket.socket.emit('passed', { scanId: scan.body.scanId });
    socket.socket.emit('status', { doorState: 'closing', sensorCm: null });
    socket.socket.emit('status', { doorState: 'closed', sensorCm: null });
    socket.socket.emit('closed', { scanId: scan.body.scanId });
    socket.socket.emit('heartbeat', { at: new Date().toISOString(), doorState: 'closed' });
    socket.socket.emit('status', { doorState: 'wide open', sensorCm: 'far' });

    const events = await eventually(
      async () => {
        const found = await gateEvents(a.url, organizer, gate.id);
        return found.some((event) => event.kind === 'closed') && found;
      },
      5000,
      'closed event',
    );
    expect(
      events
        .slice()
        .reverse()
        .map((event) => [event.kind, event.scanRef ?? event.doorState, event.sensorCm]),
    ).toEqual([
      ['registered', null, null],
      ['connected', null, null],
      ['status', 'open', null],
      ['status', 'open', 42],
      ['passed', scan.body.scanId, null],
      ['status', 'closing', null],
      ['status', 'closed', null],
      ['closed', scan.body.scanId, null],
    ]);
    expect(events.find((event) => event.kind === 'passed')).toBeDefined();
    expect(await gateOf(gate.id)).toMatchObject({ online: true, doorState: 'closed', lastSeenAt: expect.any(String) });

    socket.close();
    await eventually(async () => (await gateOf(gate.id))?.online === false, 5000, 'gate offline');
    const after = await gateEvents(a.url, organizer, gate.id);
    expect(after[0]).toMatchObject({ kind: 'disconnected', detail: expect.objectContaining({ current: true }) });
  });

  it('opens a gate connected to instance B when the scan is answered by instance A (Redis adapter)', async () => {
    const { gate, deviceKey } = await registerGate(a.url, organizer);
    const socket = await connect(b.url, gate.id, deviceKey);
    await eventually(async () => (await gateOf(gate.id))?.online, 5000, 'gate online');

    const byGate = await gateScan(a.url, deviceKey, { code: take().code });
    expect(byGate.body.status).toBe('ok');
    await socket.waitForOpen(byGate.body.scanId);

    // Staff on their phone, naming the gate to open.
    const byStaff = await staffScan(a.url, organizer, { code: take().code, gateId: gate.id });
    expect(byStaff.body.status).toBe('ok');
    await socket.waitForOpen(byStaff.body.scanId);
    expect(socket.opens.map((open) => open.scanId)).toEqual([byGate.body.scanId, byStaff.body.scanId]);
  });

  it('cuts the older socket when a gate reconnects to the other instance, and opens the new one from either', async () => {
    const { gate, deviceKey } = await registerGate(a.url, organizer);
    const old = await connect(a.url, gate.id, deviceKey);
    const cut = old.disconnected();
    // The gate's new connection lands on B while A still holds the old one (a half-open link, say).
    const current = await connect(b.url, gate.id, deviceKey);
    expect(await cut).toBe('io server disconnect');

    // A answers the scan: the gate is not connected there any more, so the open goes through Redis to B.
    const viaA = await gateScan(a.url, deviceKey, { code: take().code });
    expect(viaA.body.status).toBe('ok');
    await current.waitForOpen(viaA.body.scanId);
    // B answers the scan: the gate is connected there, the open stays local.
    const viaB = await gateScan(b.url, deviceKey, { code: take().code });
    expect(viaB.body.status).toBe('ok');
    await current.waitForOpen(viaB.body.scanId);
    expect(current.opens.map((open) => open.scanId)).toEqual([viaA.body.scanId, viaB.body.scanId]);
    expect(old.opens).toEqual([]);
  });

  it('does not open another gate of the club', async () => {
    const first = await registerGate(a.url, organizer);
    const second = await registerGate(a.url, organizer);
    const listener = await connect(b.url, second.gate.id, second.deviceKey);
    const scan = await gateScan(a.url, first.deviceKey, { code: take().code });
    expect(scan.body.status).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listener.opens).toEqual([]);
  });

  it('refuses connections with a wrong, foreign or revoked key, and cuts a gate when its key is revoked or rotated', async () => {
    const { gate, deviceKey } = await registerGate(a.url, organizer);
    const other = await registerGate(a.url, organizer);
    expect(await refusedConnection(a.url, gate.id, `gk_${'x'.repeat(43)}`)).toBe('unauthorized');
    expect(await refusedConnection(a.url, gate.id, other.deviceKey)).toBe('unauthorized');
    expect(await refusedConnection(b.url, 'not-a-uuid', deviceKey)).toBe('unauthorized');

    // Connected to B; re-keyed through A: B cuts the socket, the old key no longer connects.
    const socket = await connect(b.url, gate.id, deviceKey);
    const cut = socket.disconnected();
    const rotated = bodyOf<{ deviceKey: string }>(await request(a.url).post(`/api/v1/gates/${gate.id}/key`).set(bearer(organizer)).expect(200));
    expect(await cut).toBe('io server disconnect');
    expect(await refusedConnection(b.url, gate.id, deviceKey)).toBe('unauthorized');

    const again = await connect(a.url, gate.id, rotated.deviceKey);
    const revoked = again.disconnected();
    await request(b.url).delete(`/api/v1/gates/${gate.id}`).set(bearer(organizer)).expect(204);
    expect(await revoked).toBe('io server disconnect');
    expect(await refusedConnection(a.url, gate.id, rotated.deviceKey)).toBe('unauthorized');
    expect((await gateScan(b.url, rotated.deviceKey, { code: 'whatever' })).status).toBe(401);
  });

  it('lets exactly one of 50 simultaneous scans of one ticket in when they are spread over two instances', async () => {
    const { gate, deviceKey } = await registerGate(a.url, organizer);
    const socket = await connect(b.url, gate.id, deviceKey);
    const ticket = take();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, index) => gateScan(index % 2 === 0 ? a.url : b.url, deviceKey, { code: ticket.code })));
    const ok = answers.filter((answer) => answer.body.status === 'ok');
    const used = answers.filter((answer) => answer.body.status === 'already_used');
    expect({ ok: ok.length, alreadyUsed: used.length }).toEqual({ ok: 1, alreadyUsed: 49 });
    expect(new Set(used.map((answer) => answer.body.usedAt))).toEqual(new Set([ok[0].body.ticket?.usedAt]));
    await socket.waitForOpen(ok[0].body.scanId);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(socket.opens).toHaveLength(1);
  });

  it('lets each ticket in once when two instances scan the same tickets at once, each in the other order', async () => {
    const { deviceKey } = await registerGate(a.url, organizer);
    const tickets = Array.from({ length: 8 }, take);
    // Each instance groups the scans arriving together into one statement: two groups crossing on the same
    // tickets must neither deadlock into an error nor admit a ticket twice.
    const answers = await Promise.all([
      ...tickets.map((ticket) => gateScan(a.url, deviceKey, { code: ticket.code })),
      ...[...tickets].reverse().map((ticket) => gateScan(b.url, deviceKey, { code: ticket.code })),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(Array(16).fill(200));
    for (const ticket of tickets) {
      const verdicts = answers.filter((answer) => answer.body.ticket?.id === ticket.id).map((answer) => answer.body.status);
      expect(verdicts.sort()).toEqual(['already_used', 'ok']);
    }
  });
});
