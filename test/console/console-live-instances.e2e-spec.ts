import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { bearer, registerOrganizer } from '../support/accounts';
import { clubWithTickets, registerGate, staffScan } from '../support/access/entrance';
import { FakeGateSocket } from '../support/access/gate-socket-client';
import { adminSession } from '../support/content/catalogue';
import { eventually } from '../support/eventually';
import type { FakeStripe } from '../fakes/stripe';
import { startFakeStripe } from '../fakes/stripe';
import { buySeats } from '../support/paid-order';
import { sellingClub, stripeEnv } from '../support/selling-club';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import type { HeardEvent } from './console-live-support';
import { listenLive } from './console-live-support';

const said = (heard: HeardEvent[], type: string) => heard.filter((event) => event.type === type).map((event) => event.data);

/**
 * Two API instances on one Redis, as behind a load balancer: the console streams from one while the scan,
 * or the gate's socket, lands on the other.
 */
describe('live events across API instances', () => {
  let fake: FakeStripe;
  let a: TestApp;
  let b: TestApp;
  let bClosed = false;

  beforeAll(async () => {
    fake = await startFakeStripe();
    const shared = { ...stripeEnv(fake), JWT_SECRET: randomBytes(32).toString('hex'), REDIS_PREFIX: `guichet-test-live-${randomBytes(4).toString('hex')}` };
    a = await startTestApp(shared);
    b = await startTestApp(shared, false);
  });
  afterAll(async () => {
    if (!bClosed) await b?.close();
    await a?.close();
    await fake?.close();
  });

  it("tells the club's stream on B about scans answered by A (organizer's and admin's) and a gate connected to A, and no other club", async () => {
    const club = await clubWithTickets(a.url, fake, 2);
    const stranger = await registerOrganizer(a.url);
    const ours = await listenLive(b.url, club.clubId, club.organizer.accessToken);
    const theirs = await listenLive(b.url, stranger.club.id, stranger.accessToken);
    await eventually(() => Promise.resolve(said(ours.heard, 'ready').length === 1 && said(theirs.heard, 'ready').length === 1), 10_000, 'streams ready');

    expect((await staffScan(a.url, club.organizer, { code: club.tickets[0].code })).status).toBe(200);
    await eventually(() => Promise.resolve(said(ours.heard, 'attendance').length === 1), 10_000, 'attendance after the organizer scan');
    // An admin scans with no club of their own: the match says whose it is.
    expect((await staffScan(a.url, await adminSession(a.url), { code: club.tickets[1].code })).status).toBe(200);
    await eventually(() => Promise.resolve(said(ours.heard, 'attendance').length === 2), 10_000, 'attendance after the admin scan');
    expect(said(ours.heard, 'attendance')).toEqual([{ matchId: club.match.id }, { matchId: club.match.id }]);
    // A refused scan changes no count, and says nothing.
    expect((await staffScan(a.url, club.organizer, { code: club.tickets[0].code })).body.status).toBe('already_used');

    const { gate, deviceKey } = await registerGate(a.url, club.organizer);
    const socket = await FakeGateSocket.connect(a.url, gate.id, deviceKey);
    await eventually(() => Promise.resolve(said(ours.heard, 'gate').length >= 1), 10_000, 'gate connection');
    socket.close();
    await eventually(() => Promise.resolve(said(ours.heard, 'gate').length >= 2), 10_000, 'gate disconnection');
    expect(said(ours.heard, 'gate')).toEqual([{ gateId: gate.id }, { gateId: gate.id }]);
    expect(said(ours.heard, 'attendance')).toHaveLength(2);

    expect(theirs.heard.filter((event) => event.type !== 'ready' && event.type !== 'ping')).toEqual([]);
  });

  it("tells the club's stream on B about a sale whose tickets A's worker issued, and about the tickets voided when the match is cancelled", async () => {
    // Everything goes through B, which runs no worker: the tickets are issued, and voided, by A's.
    const club = await sellingClub(b.url, fake, 5);
    const stranger = await registerOrganizer(b.url);
    const ours = await listenLive(b.url, club.organizer.club.id, club.organizer.accessToken);
    const theirs = await listenLive(b.url, stranger.club.id, stranger.accessToken);
    await eventually(() => Promise.resolve(said(ours.heard, 'ready').length === 1 && said(theirs.heard, 'ready').length === 1), 10_000, 'streams ready');

    await buySeats(b.url, fake, club.match.id, club.stand.id, 2);
    await eventually(() => Promise.resolve(said(ours.heard, 'attendance').length === 1), 5000, 'attendance after the sale');
    expect(said(ours.heard, 'attendance')).toEqual([{ matchId: club.match.id }]);

    await request(b.url).delete(`/api/v1/matches/${club.match.id}`).set(bearer(club.organizer)).expect(200);
    await eventually(() => Promise.resolve(said(ours.heard, 'attendance').length === 2), 20_000, 'attendance after the tickets were voided');
    expect(said(ours.heard, 'attendance')).toEqual([{ matchId: club.match.id }, { matchId: club.match.id }]);
    const attendance = await request(b.url).get(`/api/v1/matches/${club.match.id}/attendance`).set(bearer(club.organizer)).expect(200);
    expect(attendance.body).toMatchObject({ sold: 0 });
    expect(theirs.heard.filter((event) => event.type !== 'ready' && event.type !== 'ping')).toEqual([]);
    ours.close();
    theirs.close();
  });

  it('ends open streams when the instance shuts down, so that it can', async () => {
    const organizer = await registerOrganizer(a.url);
    const stream = await listenLive(b.url, organizer.club.id, organizer.accessToken);
    await eventually(() => Promise.resolve(said(stream.heard, 'ready').length === 1), 10_000, 'stream ready');
    bClosed = true;
    await b.close();
    expect(await stream.ended).toBe(true);
  });
});
