import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signTicketCode } from '../libs/ticketing/src/tickets/ticket-code';
import type { FakeStripe } from './fakes/stripe';
import { startFakeStripe } from './fakes/stripe';
import type { Organizer } from './support/club-fixtures';
import { eventually } from './support/eventually';
import type { Ticket } from './support/access/entrance';
import { clubWithTickets, gateEvents, listGates, registerGate, scanRows, staffScan } from './support/access/entrance';
import { buildGateProgram, GateProcess } from './support/access/gate-process';
import { TcpProxy } from './support/access/tcp-proxy';
import { stripeEnv } from './support/selling-club';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/**
 * The real gate program (gate/, simulated hardware) against the real API. It reaches the API through a TCP
 * relay that the test cuts and restores, to take the server away from the gate and bring it back.
 */
describe('the gate program at the entrance', () => {
  let fake: FakeStripe;
  let t: TestApp;
  let db: DataSource;
  let organizer: Organizer;
  let club: Awaited<ReturnType<typeof clubWithTickets>>;
  let tickets: Ticket[];
  let gateId: string;
  let proxy: TcpProxy;
  let gate: GateProcess;
  let dataDir: string;

  const gateRow = async () => (await listGates(t.url, organizer)).find((listed) => listed.id === gateId);

  beforeAll(async () => {
    buildGateProgram();
    fake = await startFakeStripe();
    t = await startTestApp({ ...stripeEnv(fake), SWEEP_INTERVAL_MS: '600000' });
    db = t.app.get<DataSource>(getDataSourceToken());
    club = await clubWithTickets(t.url, fake, 4);
    organizer = club.organizer;
    tickets = club.tickets;
    const registered = await registerGate(t.url, organizer, 'Tourniquet 1');
    gateId = registered.gate.id;
    proxy = await new TcpProxy(Number(new URL(t.url).port)).restore();
    dataDir = await mkdtemp(join(tmpdir(), 'guichet-gate-'));
    gate = new GateProcess(
      {
        GATE_SERVER_URL: proxy.url,
        GATE_ID: gateId,
        GATE_KEY: registered.deviceKey,
        GATE_DATA_DIR: dataDir,
        GATE_HEARTBEAT_MS: '1000',
        GATE_RECONNECT_MIN_MS: '100',
        GATE_RECONNECT_MAX_MS: '400',
        GATE_HTTP_TIMEOUT_MS: '2000',
        GATE_BUNDLE_REFRESH_MS: '1000',
        GATE_UPLOAD_INTERVAL_MS: '1000',
        GATE_CLOSE_DELAY_MS: '100',
        GATE_SERVO_TRAVEL_MS: '100',
      },
      dataDir,
    );
    await gate.waitForMessage('connected to the server');
    await gate.waitForMessage('offline bundle refreshed');
  });
  afterAll(async () => {
    await gate?.stop();
    await proxy?.cut();
    await t?.close();
    await fake?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('admits a typed code online: the server opens the door, the simulated person passes, the door closes, the server follows', async () => {
    const [ticket] = tickets;
    const from = gate.mark;
    gate.type(ticket.code);
    await gate.waitForMessage('scan ok, waiting for the server to open the door', from);
    const opening = await gate.waitForMessage('door opening', from);
    const [scan] = await scanRows(db, `ticket_id = $1 AND result = 'ok'`, [ticket.id]);
    expect(opening).toMatchObject({ scanId: scan.id, holdMs: 8000 });
    expect(scan).toMatchObject({ gate_id: gateId, mode: 'online' });
    await gate.waitFor((line) => line.msg === 'person passed' && line.scanId === scan.id, 'person passed', from);
    await gate.waitFor((line) => line.msg.startsWith('door closed after passage'), 'door closed', from);

    const events = await eventually(
      async () => {
        const found = await gateEvents(t.url, organizer, gateId);
        return found.some((event) => event.kind === 'closed' && event.scanRef === scan.id) && found;
      },
      5000,
      'closed reported',
    );
    expect(events.find((event) => event.kind === 'passed')?.scanRef).toBe(scan.id);
    expect(events.filter((event) => event.kind === 'status').map((event) => event.doorState)).toEqual(expect.arrayContaining(['open', 'closing', 'closed']));
    expect(await gateRow()).toMatchObject({ online: true, doorState: 'closed' });
    // The gate logs a reference, never the code.
    expect(JSON.stringify(gate.lines)).not.toContain(ticket.code);
  });

  it('decides offline from its bundle when the server is gone, and uploads what it did once the server is back', async () => {
    const [, usedByStaff, admittedOffline] = tickets;
    expect((await staffScan(t.url, organizer, { code: usedByStaff.code })).body.status).toBe('ok');
    // The next bundle lists the ticket the staff let in.
    await gate.waitFor((line) => line.msg === 'offline bundle refreshed' && Number(line.used) >= 2, 'bundle with 2 used codes', gate.mark);

    const cutAt = gate.mark;
    await proxy.cut();
    await gate.waitForMessage('disconnected from the server', cutAt);

    gate.type(usedByStaff.code);
    const refused = await gate.waitForMessage('scan refused: already_used', cutAt);
    expect(refused).toMatchObject({ mode: 'offline', reason: 'used according to the server' });

    const before = Date.now();
    gate.type(admittedOffline.code);
    const accepted = await gate.waitForMessage('scan ok (offline), opening', cutAt);
    const nonce = accepted.scanId as string;
    await gate.waitFor((line) => line.msg === 'door opening' && line.scanId === nonce, 'door opening offline', cutAt);

    const forger = generateKeyPairSync('ed25519');
    gate.type(signTicketCode('v1', club.match.id, forger.privateKey));
    expect(await gate.waitForMessage('scan refused: invalid', cutAt)).toMatchObject({ mode: 'offline', reason: 'bad signature' });
    await gate.waitFor((line) => line.msg === 'person passed' && line.scanId === nonce, 'offline passage', cutAt);

    // Nothing reached the server meanwhile.
    expect(await scanRows(db, `gate_id = $1 AND mode = 'offline'`, [gateId])).toEqual([]);
    expect((await db.query<{ status: string }[]>(`SELECT status FROM ticket WHERE id = $1`, [admittedOffline.id]))[0].status).toBe('valid');

    const backAt = gate.mark;
    await proxy.restore();
    await gate.waitForMessage('connected to the server', backAt);
    await gate.waitFor((line) => line.msg === 'uploaded offline scans' && line.count === 3, 'upload of 3 scans', backAt);

    const offline = await scanRows(db, `gate_id = $1 AND mode = 'offline'`, [gateId]);
    expect(offline.map((row) => [row.ticket_id, row.device_result, row.result, row.conflict])).toEqual([
      [usedByStaff.id, 'already_used', 'already_used', null],
      [admittedOffline.id, 'ok', 'ok', null],
      [null, 'invalid', 'invalid', null],
    ]);
    expect(offline[1].nonce).toBe(nonce);
    const [ticket] = await db.query<{ status: string; used_at: Date }[]>(`SELECT status, used_at FROM ticket WHERE id = $1`, [admittedOffline.id]);
    expect(ticket.status).toBe('used');
    expect(ticket.used_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(ticket.used_at.getTime()).toBeLessThanOrEqual(offline[1].scanned_at.getTime());

    // The door cycle of the offline admission reaches the server's log too, under the nonce.
    await eventually(
      async () => {
        const events = await gateEvents(t.url, organizer, gateId);
        return events.some((event) => event.kind === 'closed' && event.scanRef === nonce);
      },
      8000,
      'offline closed event',
    );
    expect(await gateRow()).toMatchObject({ online: true });
  });
});
