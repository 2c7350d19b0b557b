import { getQueueToken } from '@nestjs/bullmq';
import type { MatchChangedJob } from '@guichet/common';
import { JobName, QueueName } from '@guichet/common';
import type { Queue } from 'bullmq';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { FakeStripe } from './fakes/stripe';
import type { Session } from './support/accounts';
import { bearer, registerCustomer } from './support/accounts';
import { inDays } from './support/club-fixtures';
import { eventually } from './support/eventually';
import { openCheckoutLink } from './support/checkout-link';
import { buySeats, holdSeats } from './support/paid-order';
import type { SellingApp } from './support/selling-club';
import { sellingClub, startSellingApp } from './support/selling-club';
import type { TestApp } from './support/test-app';
import type { Problem } from './support/body';
import { bodyOf } from './support/body';

describe('after the sale', () => {
  let app: SellingApp;
  let fake: FakeStripe;
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    app = await startSellingApp();
    ({ fake, t, db } = app);
  });
  afterAll(() => app.close());

  it('cancels instead of deleting a match with tickets: tickets void, buyers refunded and mailed, pending holds closed', async () => {
    const club = await sellingClub(t.url, fake, 10);
    const paid = await buySeats(t.url, fake, club.match.id, club.stand.id, 2);
    const waiting = await registerCustomer(t.url);
    const pending = await holdSeats(t.url, waiting, club.match.id, club.stand.id);

    const removed = await request(t.url).delete(`/api/v1/matches/${club.match.id}`).set(bearer(club.organizer)).expect(200);
    expect(removed.body).toEqual({ cancelled: true });
    const match = await request(t.url).get(`/api/v1/matches/${club.match.id}`).expect(200);
    expect(bodyOf<{ status: string }>(match).status).toBe('cancelled');
    const listed = await request(t.url).get('/api/v1/matches').query({ clubId: club.organizer.club.id }).expect(200);
    expect(bodyOf<{ total: number }>(listed).total).toBe(0);

    await eventually(
      async () => {
        return bodyOf<{ status: string }>(await request(t.url).get(`/api/v1/orders/${paid.orderId}`).set(bearer(paid.buyer))).status === 'refunded';
      },
      20000,
      'paid order refunded',
    );
    const tickets = bodyOf<{ status: string }[]>(await request(t.url).get('/api/v1/me/tickets').set(bearer(paid.buyer)).expect(200));
    expect(tickets.map((ticket) => ticket.status)).toEqual(['void', 'void']);
    expect([...fake.refunds.values()].some((refund) => refund.metadata.orderId === paid.orderId)).toBe(true);
    const mail = await eventually(
      () => t.smtp.messages.find((m) => JSON.stringify(m.to).includes(paid.buyer.user.email) && m.subject?.includes('Remboursement')),
      10000,
      'refund mail',
    );
    expect(mail.text).toContain('match est annulé');
    const pendingOrder = bodyOf<{ status: string }>(await request(t.url).get(`/api/v1/orders/${pending.order.id}`).set(bearer(waiting)).expect(200));
    expect(pendingOrder.status).toBe('cancelled');
    await request(t.url).patch(`/api/v1/matches/${club.match.id}`).set(bearer(club.organizer)).send({ opponent: 'X' }).expect(409);
  });

  it('tells ticket holders when their match moves (day and time, home or away), once per change; their tickets stay valid', async () => {
    const club = await sellingClub(t.url, fake, 10);
    const patch = (body: Record<string, unknown>) =>
      request(t.url).patch(`/api/v1/matches/${club.match.id}`).set(bearer(club.organizer)).send(body).expect(200);
    // Set before anyone holds a ticket: nobody to tell.
    await patch({ kickoffAt: '2027-03-13T14:00:00.000Z' });
    const paid = await buySeats(t.url, fake, club.match.id, club.stand.id, 2);
    const waiting = await registerCustomer(t.url);
    const hold = await holdSeats(t.url, waiting, club.match.id, club.stand.id);
    const mailsTo = (address: string, subject: string) => t.smtp.messages.filter((m) => JSON.stringify(m.to).includes(address) && m.subject?.includes(subject));
    // The tickets mail says when, as UI.md writes it, in Brussels time (UTC+1 in March).
    const tickets = await eventually(() => mailsTo(paid.buyer.user.email, 'Vos billets')[0], 10000, 'tickets mail');
    expect(tickets.text).toContain('Coup d’envoi : sam. 13 mars 2027, 15:00');
    expect(tickets.html).toContain('sam. 13 mars 2027, 15:00');

    const lineOf = async (buyer: Session, orderId: string) =>
      bodyOf<{ items: { label: string }[] }>(await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(buyer)).expect(200)).items[0].label;
    // What a holder does not plan around, or no change at all, is not announced; a renamed opponent is written
    // in the order lines all the same.
    await patch({ opponent: 'RWDM Brussels' });
    await eventually(async () => (await lineOf(paid.buyer, paid.orderId)).includes(' — vs RWDM Brussels, 13 mars 2027, 15:00'), 10000, 'the renamed line');
    await patch({ kickoffAt: '2027-03-13T15:00:00+01:00' });
    await patch({ kickoffAt: '2027-03-14T19:30:00.000Z' });
    const moved = await eventually(() => mailsTo(paid.buyer.user.email, 'Match déplacé')[0], 10000, 'match moved mail');
    expect(moved.subject).toContain('RWDM Brussels');
    expect(moved.text).toContain('Nouveau coup d’envoi : dim. 14 mars 2027, 20:30 (heure de Bruxelles), au lieu de sam. 13 mars 2027, 15:00.');
    expect(moved.text).toContain('New kickoff: Sun, 14 March 2027, 20:30 (Brussels time), instead of Sat, 13 March 2027, 15:00.');
    expect(moved.text).toContain('Vos billets restent valables');
    // The order lines say the new time too, paid or still held.
    expect(await lineOf(paid.buyer, paid.orderId)).toMatch(/ — vs RWDM Brussels, 14 mars 2027, 20:30$/);
    expect(await lineOf(waiting, hold.order.id)).toMatch(/ — vs RWDM Brussels, 14 mars 2027, 20:30$/);

    await patch({ venue: 'away' });
    const away = await eventually(() => mailsTo(paid.buyer.user.email, 'Match déplacé')[1], 10000, 'second match moved mail');
    expect(away.text).toContain('Coup d’envoi inchangé : dim. 14 mars 2027, 20:30');
    expect(away.text).toContain('Il se joue désormais à l’extérieur (et non plus à domicile).');

    // The edit's job run again (a retry after a crash, a duplicate delivery) mails nobody a second time.
    const ticketJobs = t.app.get<Queue<MatchChangedJob>>(getQueueToken(QueueName.Tickets));
    const [first] = (await ticketJobs.getJobs(['completed'])).filter(
      (job) => job.name === (JobName.MatchChanged as string) && job.data.moved && job.data.was.kickoffAt === '2027-03-13T14:00:00.000Z',
    );
    await first.retry('completed');
    await eventually(async () => (await ticketJobs.getJobState(first.id as string)) === 'completed', 10000, 'the replayed change');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailsTo(paid.buyer.user.email, 'Match déplacé')).toHaveLength(2);
    // A hold that was never paid is no ticket: its buyer sees the new time on the payment page.
    expect(mailsTo(waiting.user.email, 'Match déplacé')).toHaveLength(0);
    const held = bodyOf<{ status: string }[]>(await request(t.url).get('/api/v1/me/tickets').set(bearer(paid.buyer)).expect(200));
    expect(held.map((ticket) => ticket.status)).toEqual(['valid', 'valid']);
  });

  it('refuses to delete a stand once seats were sold, and to lower a quota below them', async () => {
    const club = await sellingClub(t.url, fake, 10);
    await buySeats(t.url, fake, club.match.id, club.stand.id, 3);
    const refused = await request(t.url).delete(`/api/v1/stands/${club.stand.id}`).set(bearer(club.organizer)).expect(409);
    expect(bodyOf<Problem>(refused).type).toMatch(/stand-has-tickets$/);
    const lowered = await request(t.url)
      .patch(`/api/v1/matches/${club.match.id}`)
      .set(bearer(club.organizer))
      .send({ stands: [{ standId: club.stand.id, quota: 2 }] })
      .expect(409);
    expect(bodyOf<Problem>(lowered).type).toMatch(/quota-below-sold$/);
    const body = bodyOf<{ stands: unknown[] }>(await request(t.url).get(`/api/v1/matches/${club.match.id}`).expect(200));
    expect(body.stands[0]).toMatchObject({ quota: 10, remaining: 7 });
  });

  it('issues the tickets of a payment recorded before a crash that never reached ticketing', async () => {
    const club = await sellingClub(t.url, fake, 10);
    const buyer = await registerCustomer(t.url);
    const { order, payment } = await holdSeats(t.url, buyer, club.match.id, club.stand.id);
    expect((await openCheckoutLink(t.url, payment.checkoutUrl)).status).toBe(303);
    // As if the process died right after committing the webhook: the payment succeeded, no job was enqueued.
    await db.query(`UPDATE payment SET status = 'succeeded', payment_intent_id = 'pi_crash', updated_at = now() - interval '5 minutes' WHERE order_id = $1`, [
      order.id,
    ]);
    await eventually(
      async () => {
        return bodyOf<{ status: string }>(await request(t.url).get(`/api/v1/orders/${order.id}`).set(bearer(buyer))).status === 'fulfilled';
      },
      20000,
      'reconciled order',
    );
    const tickets = bodyOf<unknown[]>(await request(t.url).get('/api/v1/me/tickets').set(bearer(buyer)).expect(200));
    expect(tickets).toHaveLength(1);
  });

  it('applies a refund and an expired checkout whose events were lost (recorded while Redis was down): tickets void, seats back', async () => {
    const club = await sellingClub(t.url, fake, 10);
    const paid = await buySeats(t.url, fake, club.match.id, club.stand.id, 2);
    const waiting = await registerCustomer(t.url);
    const { order: pending, payment } = await holdSeats(t.url, waiting, club.match.id, club.stand.id);
    expect((await openCheckoutLink(t.url, payment.checkoutUrl)).status).toBe(303);
    // As the webhook leaves them when the job cannot be queued: the new status recorded, not yet applied.
    const recordedLost = (orderId: string, status: string) =>
      db.query(`UPDATE payment SET status = $2, applied_at = NULL, updated_at = now() - interval '5 minutes' WHERE order_id = $1`, [orderId, status]);
    await recordedLost(paid.orderId, 'refunded');
    await recordedLost(pending.id, 'failed');

    const statusOf = async (orderId: string, buyer: typeof waiting) =>
      bodyOf<{ status: string }>(await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(buyer))).status;
    await eventually(async () => (await statusOf(paid.orderId, paid.buyer)) === 'refunded', 20000, 'refund applied');
    await eventually(async () => (await statusOf(pending.id, waiting)) === 'expired', 20000, 'expired checkout applied');
    const tickets = await db.query<{ status: string }[]>(`SELECT status FROM ticket WHERE order_id = $1`, [paid.orderId]);
    expect(tickets.map((ticket) => ticket.status)).toEqual(['void', 'void']);
    const match = bodyOf<{ stands: { remaining: number }[] }>(await request(t.url).get(`/api/v1/matches/${club.match.id}`).expect(200));
    expect(match.stands[0].remaining).toBe(10);
    const applied = await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM payment WHERE order_id = ANY($1) AND applied_at IS NOT NULL`, [
      [paid.orderId, pending.id],
    ]);
    expect(Number(applied[0].n)).toBe(2);
  });

  it('answers bad input on the ticketing routes with 4xx problem+json and writes nothing', async () => {
    const club = await sellingClub(t.url, fake, 10);
    const buyer = await registerCustomer(t.url);
    const countOrders = async () =>
      Number((await db.query<{ n: string }[]>('SELECT count(*) AS n FROM customer_order WHERE customer_id = $1', [buyer.user.id]))[0].n);
    const before = await countOrders();
    const bodies: unknown[] = [
      {},
      { items: [], paymentMethod: 'stripe' },
      { items: [{ type: 'seat', matchId: 'nope', standId: club.stand.id, quantity: 1 }], paymentMethod: 'stripe' },
      { items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 0 }], paymentMethod: 'stripe' },
      { items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1.5 }], paymentMethod: 'stripe' },
      { items: [{ type: 'ticket', matchId: club.match.id, standId: club.stand.id, quantity: 1 }], paymentMethod: 'stripe' },
      { items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1 }], paymentMethod: 'cash' },
      { items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1 }], paymentMethod: 'mobile_money' },
      { items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1, price: 1 }], paymentMethod: 'stripe' },
    ];
    for (const body of bodies) {
      const res = await request(t.url)
        .post('/api/v1/orders')
        .set(bearer(buyer))
        .send(body as object);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await countOrders()).toBe(before);
    await request(t.url).post('/api/v1/orders/not-a-uuid/cancel').set(bearer(buyer)).expect(400);
    await request(t.url).get('/api/v1/matches').query({ from: 'yesterday' }).expect(400);
    await request(t.url)
      .post(`/api/v1/clubs/${club.organizer.club.id}/stands`)
      .set(bearer(club.organizer))
      .send({ name: 'X', capacity: -1, price: { amount: 1, currency: 'EUR' } })
      .expect(400);
    await request(t.url)
      .post(`/api/v1/clubs/${club.organizer.club.id}/stands`)
      .set(bearer(club.organizer))
      .send({ name: 'X', capacity: 10, price: { amount: 1, currency: 'USD' } })
      .expect(400);
    await request(t.url)
      .post('/api/v1/matches')
      .set(bearer(club.organizer))
      .send({ opponent: 'X', kickoffAt: inDays(2), venue: 'neutral', stands: [{ standId: club.stand.id }] })
      .expect(400);
    const webhook = await request(t.url).post('/api/v1/payments/stripe/webhook').set('content-type', 'application/json').send('{"id": "evt_1"}');
    expect(webhook.status).toBe(400);
  });
});
