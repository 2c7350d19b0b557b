import { randomUUID } from 'node:crypto';
import type { TicketKeysService } from '@guichet/ticketing';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { signTicketCode } from '../../../libs/ticketing/src/tickets/ticket-code';
import type { FakeStripe } from '../../fakes/stripe';
import { bearer, registerOrganizer } from '../accounts';
import type { Organizer } from '../club-fixtures';
import { createMatch, createStand } from '../club-fixtures';
import { buySeats } from '../paid-order';
import { sellingClub } from '../selling-club';

export interface Ticket {
  id: string;
  code: string;
  orderId: string;
}

export interface Gate {
  id: string;
  clubId: string;
  name: string;
  online: boolean;
  doorState: string;
  lastSeenAt: string | null;
}

export interface ScanAnswer {
  status: string;
  scanId: string;
  ticket?: { id: string; matchId: string; standId: string; usedAt: string | null };
  usedAt?: string;
}

/** `count` paid tickets of one match, bought by several buyers on the fake Stripe (at most 10 seats an order). */
export async function paidTickets(url: string, fake: FakeStripe, matchId: string, standId: string, count: number): Promise<Ticket[]> {
  const orders = Array.from({ length: Math.ceil(count / 10) }, (_, index) => Math.min(10, count - index * 10));
  const bought = await Promise.all(orders.map((quantity) => buySeats(url, fake, matchId, standId, quantity)));
  return bought.flatMap((order) => order.tickets.map((ticket) => ({ id: ticket.id, code: ticket.code, orderId: order.orderId })));
}

/** A club that sells, with one match, `count` paid tickets for it, and a second match (for wrong_match). */
export async function clubWithTickets(url: string, fake: FakeStripe, count: number) {
  const club = await sellingClub(url, fake, 200);
  const organizer = club.organizer;
  const tickets = await paidTickets(url, fake, club.match.id, club.stand.id, count);
  const otherMatch = await createMatch(url, organizer, [{ standId: club.stand.id, quota: 10 }], { opponent: 'RFC Other' });
  return { organizer, clubId: organizer.club.id, match: club.match, stand: club.stand, otherMatch, tickets };
}

/** An organizer of a club that has nothing to do with the first one. */
export async function otherClub(url: string) {
  const organizer = (await registerOrganizer(url)) as Organizer;
  const stand = await createStand(url, organizer);
  return { organizer, stand };
}

export async function registerGate(url: string, organizer: Organizer, name = `Porte ${Math.random().toString(36).slice(2, 8)}`) {
  const res = await request(url).post(`/api/v1/clubs/${organizer.club.id}/gates`).set(bearer(organizer)).send({ name }).expect(201);
  return res.body as { gate: Gate; deviceKey: string };
}

export async function listGates(url: string, organizer: Organizer): Promise<Gate[]> {
  return (await request(url).get(`/api/v1/clubs/${organizer.club.id}/gates`).set(bearer(organizer)).expect(200)).body as Gate[];
}

/** POST /access/scan as a gate device (plain fetch: many of them at once in the race tests). */
export async function gateScan(url: string, deviceKey: string, body: Record<string, unknown>): Promise<{ status: number; body: ScanAnswer }> {
  const response = await fetch(`${url}/api/v1/access/scan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gate-key': deviceKey },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ScanAnswer };
}

export async function staffScan(url: string, session: { accessToken: string }, body: Record<string, unknown>) {
  const response = await fetch(`${url}/api/v1/access/scan`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ScanAnswer };
}

export async function gateEvents(url: string, organizer: Organizer, gateId: string) {
  const res = await request(url).get(`/api/v1/gates/${gateId}/events?pageSize=100`).set(bearer(organizer)).expect(200);
  return (
    res.body as { items: { kind: string; scanRef: string | null; doorState: string | null; sensorCm: number | null; detail: Record<string, unknown> | null }[] }
  ).items;
}

export async function scanRows(db: DataSource, where: string, params: unknown[]) {
  return db.query<
    {
      id: string;
      result: string;
      mode: string;
      gate_id: string | null;
      staff_user_id: string | null;
      ticket_id: string | null;
      nonce: string | null;
      device_result: string | null;
      conflict: string | null;
      conflict_scan_id: string | null;
      scanned_at: Date;
      code_ref: string;
    }[]
  >(`SELECT * FROM scan WHERE ${where} ORDER BY received_at, scanned_at`, params);
}

/**
 * Tickets written straight into the database, signed with the club's real key, for an order in any state
 * (e.g. a ticket whose order is not paid, which the purchase flow never produces). Everything else in these
 * tests uses tickets bought through the real flow.
 */
export async function mintTickets(
  db: DataSource,
  keys: TicketKeysService,
  target: { clubId: string; matchId: string; standId: string; customerId: string },
  count: number,
  orderStatus = 'paid',
): Promise<Ticket[]> {
  const orderId = randomUUID();
  const itemId = randomUUID();
  const key = keys.key(target.clubId);
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO customer_order (id, customer_id, club_id, status, payment_method, total_amount, currency) VALUES ($1, $2, $3, $4, 'stripe', 0, 'EUR')`,
      [orderId, target.customerId, target.clubId, orderStatus],
    );
    await manager.query(
      `INSERT INTO order_item (id, order_id, kind, match_id, stand_id, quantity, unit_amount, currency, label) VALUES ($1, $2, 'seat', $3, $4, $5, 0, 'EUR', 'minted')`,
      [itemId, orderId, target.matchId, target.standId, Math.min(count, 10)],
    );
  });
  const tickets: Ticket[] = [];
  for (let seat = 1; seat <= count; seat++) {
    const code = signTicketCode(key.kid, target.matchId, key.privateKey);
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO ticket (order_id, order_item_id, seat_number, customer_id, club_id, match_id, stand_id, code) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [orderId, itemId, seat, target.customerId, target.clubId, target.matchId, target.standId, code],
    );
    tickets.push({ id: row.id, code, orderId });
  }
  return tickets;
}
