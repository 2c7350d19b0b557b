import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { FakeStripe } from './fakes/stripe';
import { startFakeStripe } from './fakes/stripe';
import { bearer, registerCustomer } from './support/accounts';
import type { Organizer } from './support/club-fixtures';
import { TicketKeysService } from '@guichet/ticketing';
import type { Ticket } from './support/access/entrance';
import { clubWithTickets, gateScan, listGates, mintTickets, otherClub, registerGate, scanRows, staffScan } from './support/access/entrance';
import { stripeEnv } from './support/selling-club';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';
import { expect } from '@jest/globals';
import type { Attendance } from '@guichet/access';
import type { GateEventView } from '../libs/access/src/gates/gate-view';
import type { Page } from './support/body';
import { bodyOf } from './support/body';

/** What a gate's upload of offline scans answers. */
interface OfflineUpload {
  received: number;
  results: { nonce: string; status: string; scanId: string }[];
  conflicts: { kind: string; status: string; firstAdmission: unknown }[];
}

describe('entrance: gates, scans, attendance, offline uploads', () => {
  let fake: FakeStripe;
  let t: TestApp;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof clubWithTickets>>;
  let organizer: Organizer;
  let gate: { id: string; key: string };
  let rival: Awaited<ReturnType<typeof otherClub>>;
  let rivalGate: { id: string; key: string };
  // Each test takes its own tickets from this pile.
  let pile: Ticket[];
  const take = (count = 1) => {
    if (pile.length < count) throw new Error('not enough tickets bought for these tests');
    return pile.splice(0, count);
  };

  beforeAll(async () => {
    fake = await startFakeStripe();
    t = await startTestApp({ ...stripeEnv(fake), SWEEP_INTERVAL_MS: '600000' });
    db = t.app.get<DataSource>(getDataSourceToken());
    club = await clubWithTickets(t.url, fake, 20);
    organizer = club.organizer;
    pile = [...club.tickets];
    // Bought yesterday, as at a real entrance: an offline admission minutes ago is after the ticket existed.
    await db.query(`UPDATE ticket SET created_at = now() - interval '1 day' WHERE id = ANY($1)`, [pile.map((ticket) => ticket.id)]);
    const registered = await registerGate(t.url, organizer, 'Entrée Nord');
    gate = { id: registered.gate.id, key: registered.deviceKey };
    rival = await otherClub(t.url);
    const rivalRegistered = await registerGate(t.url, rival.organizer);
    rivalGate = { id: rivalRegistered.gate.id, key: rivalRegistered.deviceKey };
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  describe('gate registration', () => {
    it('registers a gate for the organizer’s club, shows its key once and stores only its hash', async () => {
      const created = await registerGate(t.url, organizer, 'Entrée Sud');
      expect(created.deviceKey).toMatch(/^gk_[A-Za-z0-9_-]{43}$/);
      expect(created.gate).toMatchObject({ clubId: organizer.club.id, name: 'Entrée Sud', online: false, doorState: 'unknown', lastSeenAt: null });
      expect(JSON.stringify(await listGates(t.url, organizer))).not.toContain(created.deviceKey);
      const [row] = await db.query<{ hash: string }[]>(`SELECT encode(key_hash, 'hex') AS hash FROM gate WHERE id = $1`, [created.gate.id]);
      expect(row.hash).toHaveLength(64);
      expect(row.hash).not.toContain(Buffer.from(created.deviceKey).toString('hex'));
      const names = (await listGates(t.url, organizer)).map((listed) => listed.name);
      expect(names).toEqual(expect.arrayContaining(['Entrée Nord', 'Entrée Sud']));
    });

    it('lets only the club’s organizers (and admins) register or list its gates', async () => {
      const customer = await registerCustomer(t.url);
      const path = `/api/v1/clubs/${organizer.club.id}/gates`;
      await request(t.url).post(path).send({ name: 'X' }).expect(401);
      await request(t.url).post(path).set(bearer(customer)).send({ name: 'X' }).expect(403);
      await request(t.url).post(path).set(bearer(rival.organizer)).send({ name: 'X' }).expect(403);
      await request(t.url).get(path).set(bearer(rival.organizer)).expect(403);
      await request(t.url).post(path).set(bearer(organizer)).send({ name: 'entrée nord' }).expect(409);
      await request(t.url).post(path).set(bearer(organizer)).send({ name: '', extra: 1 }).expect(400);
    });

    it('rotates a key (the old one stops working at once) and revokes a gate (401 everywhere, gone from the list)', async () => {
      const created = await registerGate(t.url, organizer);
      const [ticket] = take();
      await request(t.url).post(`/api/v1/gates/${created.gate.id}/key`).set(bearer(rival.organizer)).expect(403);
      const rotated = bodyOf<{ deviceKey: string }>(await request(t.url).post(`/api/v1/gates/${created.gate.id}/key`).set(bearer(organizer)).expect(200));
      expect(rotated.deviceKey).not.toBe(created.deviceKey);
      expect((await gateScan(t.url, created.deviceKey, { code: ticket.code })).status).toBe(401);
      expect((await gateScan(t.url, rotated.deviceKey, { code: ticket.code })).body.status).toBe('ok');

      await request(t.url).delete(`/api/v1/gates/${created.gate.id}`).set(bearer(organizer)).expect(204);
      const refused = await gateScan(t.url, rotated.deviceKey, { code: ticket.code });
      expect(refused.status).toBe(401);
      expect((await listGates(t.url, organizer)).map((listed) => listed.id)).not.toContain(created.gate.id);
      await request(t.url).get(`/api/v1/gates/${created.gate.id}/offline-bundle`).set('x-gate-key', rotated.deviceKey).expect(401);
      const events = bodyOf<Page<GateEventView>>(await request(t.url).get(`/api/v1/gates/${created.gate.id}/events`).set(bearer(organizer)).expect(200)).items;
      expect(events.map((event) => event.kind)).toEqual(['revoked', 'key_rotated', 'registered']);
    });
  });

  describe('POST /access/scan', () => {
    it('admits a valid ticket once: ok with the ticket, then already_used with the time it was used', async () => {
      const [ticket] = take();
      const first = await gateScan(t.url, gate.key, { code: ticket.code, gateId: gate.id });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ status: 'ok', scanId: expect.any(String), ticket: { id: ticket.id, matchId: club.match.id, standId: club.stand.id } });
      const again = await gateScan(t.url, gate.key, { code: ticket.code });
      expect(again.body).toMatchObject({ status: 'already_used', usedAt: first.body.ticket?.usedAt });
      const [row] = await db.query<{ status: string; used_at: Date }[]>(`SELECT status, used_at FROM ticket WHERE id = $1`, [ticket.id]);
      expect(row.status).toBe('used');
      expect(row.used_at.toISOString()).toBe(first.body.ticket?.usedAt);
      const scans = await scanRows(db, 'ticket_id = $1', [ticket.id]);
      expect(scans.map((scan) => [scan.result, scan.mode, scan.gate_id])).toEqual([
        ['ok', 'online', gate.id],
        ['already_used', 'online', gate.id],
      ]);
    });

    it('of 50 simultaneous scans of one ticket, exactly one is ok and 49 are already_used with usedAt', async () => {
      const [ticket] = take();
      const answers = await Promise.all(Array.from({ length: 50 }, () => gateScan(t.url, gate.key, { code: ticket.code })));
      const ok = answers.filter((answer) => answer.body.status === 'ok');
      const used = answers.filter((answer) => answer.body.status === 'already_used');
      expect({ ok: ok.length, alreadyUsed: used.length }).toEqual({ ok: 1, alreadyUsed: 49 });
      const usedAt = ok[0].body.ticket?.usedAt;
      expect(used.every((answer) => answer.body.usedAt === usedAt)).toBe(true);
      expect((await scanRows(db, 'ticket_id = $1', [ticket.id])).length).toBe(50);
    });

    it('refuses an unknown code: invalid (and records it without keeping the code)', async () => {
      const code = `v1.${'A'.repeat(35)}.${'B'.repeat(86)}`;
      const answer = await gateScan(t.url, gate.key, { code });
      expect(answer.body).toEqual({ status: 'invalid', scanId: expect.any(String) });
      const [row] = await scanRows(db, 'id = $1', [answer.body.scanId]);
      expect(row).toMatchObject({ result: 'invalid', ticket_id: null, gate_id: gate.id });
      expect(JSON.stringify(row)).not.toContain(code);
    });

    it('refuses a voided ticket: void', async () => {
      const [ticket] = take();
      await db.query(`UPDATE ticket SET status = 'void' WHERE id = $1`, [ticket.id]);
      expect((await gateScan(t.url, gate.key, { code: ticket.code })).body).toEqual({ status: 'void', scanId: expect.any(String) });
    });

    it('refuses a ticket whose order is not paid: not_paid', async () => {
      // The purchase flow never issues tickets before payment: this one is written in SQL.
      const customer = await registerCustomer(t.url);
      const target = { clubId: organizer.club.id, matchId: club.match.id, standId: club.stand.id, customerId: customer.user.id };
      const [ticket] = await mintTickets(db, t.app.get(TicketKeysService), target, 1, 'pending');
      expect((await gateScan(t.url, gate.key, { code: ticket.code })).body.status).toBe('not_paid');
      const [row] = await db.query<{ status: string }[]>(`SELECT status FROM ticket WHERE id = $1`, [ticket.id]);
      expect(row.status).toBe('valid');
    });

    it('refuses a ticket of another club: wrong_club, for a gate and for staff, without showing the ticket', async () => {
      const [ticket] = take();
      const byGate = await gateScan(t.url, rivalGate.key, { code: ticket.code });
      expect(byGate.body).toEqual({ status: 'wrong_club', scanId: expect.any(String) });
      expect((await staffScan(t.url, rival.organizer, { code: ticket.code })).body.status).toBe('wrong_club');
      expect((await gateScan(t.url, gate.key, { code: ticket.code })).body.status).toBe('ok');
    });

    it('refuses a ticket of another match when scanning for one: wrong_match', async () => {
      const [ticket] = take();
      const answer = await staffScan(t.url, organizer, { code: ticket.code, matchId: club.otherMatch.id });
      expect(answer.body).toMatchObject({ status: 'wrong_match', ticket: { id: ticket.id, matchId: club.match.id } });
      expect((await staffScan(t.url, organizer, { code: ticket.code, matchId: club.match.id })).body.status).toBe('ok');
    });

    it('checks in the contract’s order: a void ticket of another club is void, not wrong_club', async () => {
      const [ticket] = take();
      await db.query(`UPDATE ticket SET status = 'void' WHERE id = $1`, [ticket.id]);
      expect((await gateScan(t.url, rivalGate.key, { code: ticket.code })).body.status).toBe('void');
    });

    it('lets staff scan with a bearer token, but not customers; staff may open only their club’s gates', async () => {
      const [ticket] = take();
      const customer = await registerCustomer(t.url);
      expect((await staffScan(t.url, customer, { code: ticket.code })).status).toBe(403);
      expect((await staffScan(t.url, rival.organizer, { code: ticket.code, gateId: gate.id })).status).toBe(404);
      const answer = await staffScan(t.url, organizer, { code: ticket.code, gateId: gate.id });
      expect(answer.body.status).toBe('ok');
      const [row] = await scanRows(db, 'id = $1', [answer.body.scanId]);
      expect(row).toMatchObject({ staff_user_id: organizer.user.id, gate_id: gate.id });
    });

    it('answers 401 to unknown keys, bad tokens and no credential; 403 to a gate acting for another gate', async () => {
      const ticket = pile[pile.length - 1];
      expect((await gateScan(t.url, `gk_${'x'.repeat(43)}`, { code: ticket.code })).status).toBe(401);
      expect((await gateScan(t.url, 'nonsense', { code: ticket.code })).status).toBe(401);
      const noCredential = await request(t.url).post('/api/v1/access/scan').send({});
      expect(noCredential.status).toBe(401);
      expect(noCredential.headers['content-type']).toContain('application/problem+json');
      await request(t.url).post('/api/v1/access/scan').set('authorization', 'Bearer nope').send({ code: ticket.code }).expect(401);
      expect((await gateScan(t.url, gate.key, { code: ticket.code, gateId: rivalGate.id })).status).toBe(403);
      expect((await gateScan(t.url, gate.key, { code: '' })).status).toBe(400);
      expect((await gateScan(t.url, gate.key, { code: 'x'.repeat(513) })).status).toBe(400);
      const [row] = await db.query<{ status: string }[]>(`SELECT status FROM ticket WHERE id = $1`, [ticket.id]);
      expect(row.status).toBe('valid');
    });
  });

  describe('attendance', () => {
    it('counts sold and checked-in tickets per stand, live', async () => {
      const path = `/api/v1/matches/${club.match.id}/attendance`;
      const before = bodyOf<Attendance>(await request(t.url).get(path).set(bearer(organizer)).expect(200));
      const [a, b] = take(2);
      await gateScan(t.url, gate.key, { code: a.code });
      await gateScan(t.url, gate.key, { code: b.code });
      await gateScan(t.url, gate.key, { code: b.code });
      const after = bodyOf<Attendance>(await request(t.url).get(path).set(bearer(organizer)).expect(200));
      expect(after).toEqual({
        matchId: club.match.id,
        sold: before.sold,
        checkedIn: before.checkedIn + 2,
        byStand: [{ standId: club.stand.id, name: expect.any(String), sold: before.sold, checkedIn: before.checkedIn + 2 }],
      });
      const [{ sold, used }] = await db.query<{ sold: number; used: number }[]>(
        `SELECT count(*) FILTER (WHERE status <> 'void')::int AS sold, count(*) FILTER (WHERE status = 'used')::int AS used FROM ticket WHERE match_id = $1`,
        [club.match.id],
      );
      expect({ sold: after.sold, checkedIn: after.checkedIn }).toEqual({ sold, checkedIn: used });
      await request(t.url).get(path).set(bearer(rival.organizer)).expect(403);
      await request(t.url).get(`/api/v1/matches/${randomUUID()}/attendance`).set(bearer(organizer)).expect(404);
    });
  });

  describe('offline mode', () => {
    const bundleOf = async (key: string, gateId: string) =>
      (await request(t.url).get(`/api/v1/gates/${gateId}/offline-bundle`).set('x-gate-key', key).expect(200)).body as {
        generatedAt: string;
        publicKeys: { kid: string; publicKey: string }[];
        revoked: string[];
        used: string[];
        matchIds: string[];
      };
    const upload = (key: string, gateId: string, scans: object[]) =>
      request(t.url).post(`/api/v1/gates/${gateId}/scans`).set('x-gate-key', key).send({ scans });

    it('gives the gate the club’s public key, its upcoming matches, and the void and used codes', async () => {
      const [usedTicket, voidTicket] = take(2);
      await gateScan(t.url, gate.key, { code: usedTicket.code });
      await db.query(`UPDATE ticket SET status = 'void' WHERE id = $1`, [voidTicket.id]);
      const bundle = await bundleOf(gate.key, gate.id);
      expect(Date.parse(bundle.generatedAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(bundle.matchIds.sort()).toEqual([club.match.id, club.otherMatch.id].sort());
      expect(bundle.used).toContain(usedTicket.code);
      expect(bundle.revoked).toContain(voidTicket.code);
      expect(bundle.used).not.toContain(voidTicket.code);
      expect(bundle.revoked).not.toContain(pile[0].code);
      // The key verifies the club's codes exactly as the gate does: "<kid>.<payload>" signed with Ed25519.
      const [kid, payload, signature] = pile[0].code.split('.');
      const key = bundle.publicKeys.find((candidate) => candidate.kid === kid);
      expect(key?.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      expect(verify(null, Buffer.from(`${kid}.${payload}`), createPublicKey(key!.publicKey), Buffer.from(signature, 'base64url'))).toBe(true);
      const rivalBundle = await bundleOf(rivalGate.key, rivalGate.id);
      expect(rivalBundle.publicKeys[0].publicKey).not.toBe(key?.publicKey);
      expect(rivalBundle.used).not.toContain(usedTicket.code);
    });

    it('serves the bundle only to that gate, with its key', async () => {
      await request(t.url).get(`/api/v1/gates/${gate.id}/offline-bundle`).expect(401);
      await request(t.url).get(`/api/v1/gates/${gate.id}/offline-bundle`).set(bearer(organizer)).expect(401);
      await request(t.url).get(`/api/v1/gates/${gate.id}/offline-bundle`).set('x-gate-key', rivalGate.key).expect(403);
      await upload(rivalGate.key, gate.id, []).expect(403);
    });

    it('applies an offline ok once per nonce, at the time the gate let the holder in, and answers a re-upload the same', async () => {
      const [admitted, refusedOffline] = take(2);
      const scannedAt = new Date(Date.now() - 5 * 60_000).toISOString();
      const batch = [
        { nonce: randomUUID(), code: admitted.code, scannedAt, result: 'ok' },
        { nonce: randomUUID(), code: refusedOffline.code, scannedAt, result: 'already_used' },
        { nonce: randomUUID(), code: 'v1.forged.code', scannedAt, result: 'invalid' },
      ];
      const first = await upload(gate.key, gate.id, batch).expect(200);
      expect(first.body).toMatchObject({ received: 3, conflicts: [] });
      expect(bodyOf<OfflineUpload>(first).results.map((result) => [result.nonce, result.status])).toEqual([
        [batch[0].nonce, 'ok'],
        [batch[1].nonce, 'already_used'],
        [batch[2].nonce, 'invalid'],
      ]);
      const [ticket] = await db.query<{ status: string; used_at: Date }[]>(`SELECT status, used_at FROM ticket WHERE id = $1`, [admitted.id]);
      expect(ticket.status).toBe('used');
      expect(ticket.used_at.toISOString()).toBe(scannedAt);
      // Nobody was let in with the ticket the gate refused: it stays valid.
      expect((await db.query<{ status: string }[]>(`SELECT status FROM ticket WHERE id = $1`, [refusedOffline.id]))[0].status).toBe('valid');

      const again = await upload(gate.key, gate.id, batch).expect(200);
      expect(again.body).toEqual(first.body);
      const rows = await scanRows(db, 'gate_id = $1 AND nonce = ANY($2)', [gate.id, batch.map((scan) => scan.nonce)]);
      expect(rows).toHaveLength(3);
      expect(rows.every((row) => row.mode === 'offline')).toBe(true);
      expect((await gateScan(t.url, gate.key, { code: admitted.code })).body).toMatchObject({ status: 'already_used', usedAt: scannedAt });
    });

    it('reports the same ticket admitted offline by two gates as a conflict, in the answer and in the scan log', async () => {
      const [ticket] = take();
      const second = await registerGate(t.url, organizer);
      const early = new Date(Date.now() - 10 * 60_000).toISOString();
      const late = new Date(Date.now() - 8 * 60_000).toISOString();
      const firstUpload = await upload(gate.key, gate.id, [{ nonce: randomUUID(), code: ticket.code, scannedAt: early, result: 'ok' }]).expect(200);
      const nonce = randomUUID();
      const secondUpload = await upload(second.deviceKey, second.gate.id, [{ nonce, code: ticket.code, scannedAt: late, result: 'ok' }]).expect(200);
      expect(bodyOf<OfflineUpload>(secondUpload).results).toEqual([
        expect.objectContaining({ nonce, status: 'already_used', deviceResult: 'ok', conflict: 'admitted_twice' }),
      ]);
      expect(bodyOf<OfflineUpload>(secondUpload).conflicts).toEqual([
        {
          nonce,
          scanId: bodyOf<OfflineUpload>(secondUpload).results[0].scanId,
          kind: 'admitted_twice',
          status: 'already_used',
          ticketId: ticket.id,
          usedAt: early,
          firstAdmission: {
            scanId: bodyOf<OfflineUpload>(firstUpload).results[0].scanId,
            gateId: gate.id,
            staffUserId: null,
            mode: 'offline',
            scannedAt: early,
          },
        },
      ]);
      const log = bodyOf<Page<unknown>>(await request(t.url).get(`/api/v1/clubs/${organizer.club.id}/scans?conflicts=true`).set(bearer(organizer)).expect(200));
      expect(log.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: bodyOf<OfflineUpload>(secondUpload).results[0].scanId,
            conflict: 'admitted_twice',
            gateId: second.gate.id,
            conflictScanId: bodyOf<OfflineUpload>(firstUpload).results[0].scanId,
          }),
        ]),
      );
    });

    it('reports an offline admission of a ticket already used online, or refused by the server, as conflicts', async () => {
      const [usedOnline, voided] = take(2);
      const online = await gateScan(t.url, gate.key, { code: usedOnline.code });
      await db.query(`UPDATE ticket SET status = 'void' WHERE id = $1`, [voided.id]);
      const scannedAt = new Date().toISOString();
      const answer = await upload(gate.key, gate.id, [
        { nonce: randomUUID(), code: usedOnline.code, scannedAt, result: 'ok' },
        { nonce: randomUUID(), code: voided.code, scannedAt, result: 'ok' },
      ]).expect(200);
      expect(bodyOf<OfflineUpload>(answer).conflicts.map((conflict) => [conflict.kind, conflict.status])).toEqual([
        ['admitted_twice', 'already_used'],
        ['admitted_refused', 'void'],
      ]);
      expect(bodyOf<OfflineUpload>(answer).conflicts[0].firstAdmission).toMatchObject({ scanId: online.body.scanId, mode: 'online' });
      expect((await db.query<{ status: string }[]>(`SELECT status FROM ticket WHERE id = $1`, [voided.id]))[0].status).toBe('void');
    });

    it('bounds a wrong device clock: never used before the ticket existed, nor in the future', async () => {
      const [past, future] = take(2);
      await db.query(`UPDATE ticket SET created_at = now() - interval '1 hour' WHERE id = $1`, [past.id]);
      const answer = await upload(gate.key, gate.id, [
        { nonce: randomUUID(), code: past.code, scannedAt: '2001-01-01T00:00:00.000Z', result: 'ok' },
        { nonce: randomUUID(), code: future.code, scannedAt: '2999-01-01T00:00:00.000Z', result: 'ok' },
      ]).expect(200);
      expect(bodyOf<OfflineUpload>(answer).results.map((result) => result.status)).toEqual(['ok', 'ok']);
      const rows: { id: string; used_at: Date; created_at: Date }[] = await db.query(`SELECT id, used_at, created_at FROM ticket WHERE id = ANY($1)`, [
        [past.id, future.id],
      ]);
      const [pastRow, futureRow] = [past, future].map((ticket) => rows.find((row) => row.id === ticket.id)!);
      expect(pastRow.used_at).toEqual(pastRow.created_at);
      expect(futureRow.used_at.getTime()).toBeLessThanOrEqual(Date.now());
    });

    it('validates the batch: at most 200 scans, well-formed fields', async () => {
      const scan = { nonce: randomUUID(), code: 'x', scannedAt: new Date().toISOString(), result: 'ok' };
      await upload(
        gate.key,
        gate.id,
        Array.from({ length: 201 }, () => ({ ...scan, nonce: randomUUID() })),
      ).expect(400);
      await upload(gate.key, gate.id, [{ ...scan, result: 'maybe' }]).expect(400);
      await upload(gate.key, gate.id, [{ ...scan, scannedAt: 'yesterday' }]).expect(400);
      await upload(gate.key, gate.id, [{ ...scan, nonce: 'has spaces' }]).expect(400);
      await upload(gate.key, gate.id, []).expect(200);
    });
  });

  describe('staff scanner page', () => {
    // The scanner is the console's page now (test/scanner-page.e2e-spec.ts checks the redirect); it stays under
    // the app's CSP with no inline script, so a ticket code can never run as script on a staff phone.
    it('serves the console scanner under the app’s CSP, with no inline script', async () => {
      const page = await request(t.url).get('/admin/scanner').expect(200);
      expect(page.headers['content-type']).toContain('text/html');
      const csp = page.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });
  });
});
