import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { FakeStripe } from './fakes/stripe';
import type { Session } from './support/accounts';
import { bearer, registerCustomer } from './support/accounts';
import { openCheckoutLink } from './support/checkout-link';
import { clubWithMatch } from './support/club-fixtures';
import { eventually } from './support/eventually';
import { decodeQrPng } from './support/qr-decode';
import type { SellingApp } from './support/selling-club';
import { sellingClub, startSellingApp, WEBHOOK_SECRET, webhookUrl } from './support/selling-club';
import type { TestApp } from './support/test-app';
import type { CreatedOrder, MatchView, OrderView, Page, Problem, TicketView } from './support/body';
import { bodyOf } from './support/body';

describe('buying seats with Stripe', () => {
  let app: SellingApp;
  let fake: FakeStripe;
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    app = await startSellingApp();
    ({ fake, t, db } = app);
  });
  afterAll(() => app.close());

  const order = (buyer: Session, matchId: string, standId: string, quantity = 1) =>
    request(t.url)
      .post('/api/v1/orders')
      .set(bearer(buyer))
      .send({ items: [{ type: 'seat', matchId, standId, quantity }], paymentMethod: 'stripe' });

  const remaining = async (matchId: string) => bodyOf<MatchView>(await request(t.url).get(`/api/v1/matches/${matchId}`).expect(200)).stands[0].remaining;

  const orderStatus = async (buyer: Session, orderId: string) =>
    bodyOf<OrderView>(await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(buyer)).expect(200)).status;

  const sessionOf = (orderId: string) => {
    const stored = [...fake.sessions.values()].find((candidate) => candidate.session.client_reference_id === orderId);
    if (!stored) throw new Error(`no checkout session for order ${orderId}`);
    return stored;
  };

  /** The buyer opens the order's payment link: 303 to the Stripe session it created. */
  const checkout = async (created: request.Response) => {
    const opened = await openCheckoutLink(t.url, bodyOf<CreatedOrder>(created).payment.checkoutUrl);
    expect(opened.status).toBe(303);
    const stored = sessionOf(bodyOf<CreatedOrder>(created).order.id);
    expect(opened.location).toBe(stored.session.url);
    return stored;
  };

  it('refuses to sell for a club Stripe has not enabled, and holds nothing', async () => {
    const { match, stand } = await clubWithMatch(t.url, 20);
    const buyer = await registerCustomer(t.url);
    const res = await order(buyer, match.id, stand.id, 2).expect(409);
    expect(bodyOf<Problem>(res).type).toMatch(/club-cannot-sell$/);
    expect(await remaining(match.id)).toBe(20);
  });

  it('holds the seats at once, and opens the destination-charge checkout when the buyer follows the payment link', async () => {
    const club = await sellingClub(t.url, fake, 20);
    expect(club.onboardingUrl).toContain('/connect/onboarding/');
    const buyer = await registerCustomer(t.url);
    const res = await order(buyer, club.match.id, club.stand.id, 3).expect(201);
    const orderId: string = bodyOf<CreatedOrder>(res).order.id;
    expect(bodyOf<CreatedOrder>(res).order).toMatchObject({
      status: 'pending',
      total: { amount: 4500, currency: 'EUR' },
      items: [{ type: 'seat', quantity: 3 }],
    });
    expect(bodyOf<CreatedOrder>(res).order.items[0].label).toMatch(/^Tribune .* — vs FC Uccle Sport, \d{1,2} \S+ \d{4}, \d{2}:\d{2}$/);
    expect(new Date(bodyOf<CreatedOrder>(res).order.expiresAt ?? '').getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(bodyOf<CreatedOrder>(res).payment).toMatchObject({ method: 'stripe', status: 'pending', amount: { amount: 4500, currency: 'EUR' } });
    expect(bodyOf<CreatedOrder>(res).payment.checkoutUrl).toMatch(new RegExp(`^${t.config.PUBLIC_URL}/orders/${orderId}/pay\\?t=[\\w-]{43}$`));
    expect(await remaining(club.match.id)).toBe(17);
    // No call to Stripe while holding: the session is created when the buyer goes to pay.
    expect(fake.requests.some((call) => call.path === '/v1/checkout/sessions' && call.body.client_reference_id === orderId)).toBe(false);
    const pending = await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(buyer)).expect(200);
    expect(bodyOf<OrderView>(pending).payment).toEqual(bodyOf<CreatedOrder>(res).payment);

    const stored = await checkout(res);
    expect(stored.paymentIntentData).toMatchObject({ application_fee_amount: 450, transfer_data: { destination: club.accountId } });
    expect(stored.session.amount_total).toBe(4500);
    expect(stored.session.expires_at * 1000 - Date.now()).toBeGreaterThan(30 * 60_000);
    const creates = () => fake.requests.filter((call) => call.path === '/v1/checkout/sessions' && call.body.client_reference_id === orderId);
    expect(creates().map((call) => call.idempotencyKey)).toEqual([`checkout-${orderId}`]);
    // A second visit, the JSON variant and the order all lead to the same session; the payment keeps its id.
    expect(await openCheckoutLink(t.url, bodyOf<CreatedOrder>(res).payment.checkoutUrl)).toEqual({ status: 303, location: stored.session.url });
    const json = await request(t.url).post(`/api/v1/orders/${orderId}/checkout`).set(bearer(buyer)).expect(200);
    expect(json.body).toEqual({ url: stored.session.url });
    expect(creates()).toHaveLength(1);
    const opened = await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(buyer)).expect(200);
    expect(bodyOf<OrderView>(opened).payment).toMatchObject({ id: bodyOf<CreatedOrder>(res).payment.id, status: 'pending', checkoutUrl: stored.session.url });

    // A forged or missing token, or a stranger, gets nowhere near Stripe.
    const forged = await openCheckoutLink(t.url, bodyOf<CreatedOrder>(res).payment.checkoutUrl.replace(/t=./, 't=x'));
    expect(forged).toEqual({ status: 303, location: `/orders/${orderId}` });
    expect(await openCheckoutLink(t.url, `${t.config.PUBLIC_URL}/orders/${orderId}/pay`)).toEqual({ status: 303, location: `/orders/${orderId}` });
    await request(t.url)
      .post(`/api/v1/orders/${orderId}/checkout`)
      .set(bearer(await registerCustomer(t.url)))
      .expect(404);
  });

  it('answers a retried order with the same Idempotency-Key with the first order, also when 20 copies race', async () => {
    const club = await sellingClub(t.url, fake, 10);
    const buyer = await registerCustomer(t.url);
    const send = (key: string, quantity = 2) =>
      request(t.url)
        .post('/api/v1/orders')
        .set(bearer(buyer))
        .set('Idempotency-Key', key)
        .send({ items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity }], paymentMethod: 'stripe' });
    const raced = await Promise.all(Array.from({ length: 20 }, () => send('rush-7f3a')));
    expect(raced.map((res) => res.status)).toEqual(Array(20).fill(201));
    expect(new Set(raced.map((res) => bodyOf<CreatedOrder>(res).order.id)).size).toBe(1);
    expect(new Set(raced.map((res) => bodyOf<CreatedOrder>(res).payment.checkoutUrl)).size).toBe(1);
    expect(await remaining(club.match.id)).toBe(8);
    const later = await send('rush-7f3a').expect(201);
    expect(bodyOf<CreatedOrder>(later).order).toMatchObject({ id: bodyOf<CreatedOrder>(raced[0]).order.id, status: 'pending', items: [{ quantity: 2 }] });
    expect(await remaining(club.match.id)).toBe(8);
    // Another key is another order; a key is the buyer's own, not shared with other buyers.
    await send('rush-8b11').expect(201);
    expect(await remaining(club.match.id)).toBe(6);
    const other = await request(t.url)
      .post('/api/v1/orders')
      .set(bearer(await registerCustomer(t.url)))
      .set('Idempotency-Key', 'rush-7f3a')
      .send({ items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1 }], paymentMethod: 'stripe' })
      .expect(201);
    expect(bodyOf<CreatedOrder>(other).order.id).not.toBe(bodyOf<CreatedOrder>(raced[0]).order.id);
    expect(await remaining(club.match.id)).toBe(5);
    const bad = await send('with space').expect(400);
    expect(bodyOf<Problem>(bad).errors?.[0].field).toBe('Idempotency-Key');
    await send('x'.repeat(201)).expect(400);
    expect(await remaining(club.match.id)).toBe(5);
    const [{ count }] = await db.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM customer_order WHERE customer_id = $1`, [buyer.user.id]);
    expect(count).toBe(2);
  });

  it('refuses more than 10 seats, unknown stands and sold-out stands, holding nothing', async () => {
    const club = await sellingClub(t.url, fake, 4);
    const buyer = await registerCustomer(t.url);
    const tooMany = await order(buyer, club.match.id, club.stand.id, 11).expect(400);
    expect(bodyOf<Problem>(tooMany).errors?.[0].field).toBe('items.0.quantity');
    const split = await request(t.url)
      .post('/api/v1/orders')
      .set(bearer(buyer))
      .send({
        items: [
          { type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 6 },
          { type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 5 },
        ],
        paymentMethod: 'stripe',
      })
      .expect(400);
    expect(bodyOf<Problem>(split).type).toMatch(/too-many-seats$/);
    await order(buyer, club.match.id, '00000000-0000-4000-8000-000000000000').expect(404);
    const soldOut = await order(buyer, club.match.id, club.stand.id, 5).expect(409);
    expect(bodyOf<Problem>(soldOut).type).toMatch(/\/sold-out$/);
    expect(bodyOf<Problem>(soldOut).detail).toBe('Only 4 seats left in this stand.');
    expect(await remaining(club.match.id)).toBe(4);
    const organizerBuying = await order(club.organizer, club.match.id, club.stand.id, 1);
    expect(organizerBuying.status).toBe(403);
  });

  it('issues one set of tickets and one mail when the paid event arrives ten times at once', async () => {
    const club = await sellingClub(t.url, fake, 50);
    const buyer = await registerCustomer(t.url);
    const created = await order(buyer, club.match.id, club.stand.id, 2).expect(201);
    const orderId: string = bodyOf<CreatedOrder>(created).order.id;
    const paid = fake.completeSession((await checkout(created)).session.id);

    const deliveries = await Promise.all(Array.from({ length: 10 }, () => fake.deliver(paid, webhookUrl(t.url), WEBHOOK_SECRET)));
    expect(deliveries.map((delivery) => delivery.status)).toEqual(Array(10).fill(200));
    expect((await fake.deliver(paid, webhookUrl(t.url), WEBHOOK_SECRET)).status).toBe(200);

    await eventually(async () => (await orderStatus(buyer, orderId)) === 'fulfilled', 20000, 'order fulfilled');
    const mails = await t.smtp.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ticketMails = t.smtp.messages.filter((mail) => mail.to && JSON.stringify(mail.to).includes(buyer.user.email));
    expect(ticketMails).toHaveLength(1);
    expect(mails.length).toBeGreaterThan(0);

    const tickets = bodyOf<TicketView[]>(await request(t.url).get('/api/v1/me/tickets').set(bearer(buyer)).expect(200));
    expect(tickets).toHaveLength(2);
    expect(tickets.every((ticket) => ticket.status === 'valid' && ticket.matchId === club.match.id)).toBe(true);
    const [{ count }] = await db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM ticket WHERE order_id = $1', [orderId]);
    expect(count).toBe(2);

    // The mail carries each QR inline (cid) and attached; each decodes to a ticket code.
    const mail = ticketMails[0];
    expect(mail.subject).toContain(club.organizer.club.name);
    const images = mail.attachments.filter((attachment) => attachment.contentType === 'image/png');
    expect(images).toHaveLength(2);
    expect(images.every((image) => image.cid && mail.html && mail.html.includes(`cid:${image.cid}`))).toBe(true);
    const decoded = images.map((image) => decodeQrPng(image.content)).sort();
    expect(decoded).toEqual(tickets.map((ticket) => ticket.code).sort());
    expect(mail.text).toContain('vs FC Uccle Sport');

    const png = await request(t.url).get(`/api/v1/tickets/${tickets[0].id}/qr.png`).set(bearer(buyer)).buffer(true).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodeQrPng(png.body as Buffer)).toBe(tickets[0].code);
    const svg = await request(t.url).get(`/api/v1/tickets/${tickets[0].id}/qr.svg`).set(bearer(buyer)).expect(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    const stranger = await registerCustomer(t.url);
    await request(t.url).get(`/api/v1/tickets/${tickets[0].id}/qr.png`).set(bearer(stranger)).expect(404);
    await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(stranger)).expect(404);
    await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(club.organizer)).expect(200);
  });

  it('answers a bad signature with 400 and changes nothing', async () => {
    const club = await sellingClub(t.url, fake, 5);
    const buyer = await registerCustomer(t.url);
    const created = await order(buyer, club.match.id, club.stand.id, 1).expect(201);
    const paid = fake.completeSession((await checkout(created)).session.id);
    const forged = await fake.deliver(paid, webhookUrl(t.url), WEBHOOK_SECRET, { badSignature: true });
    expect(forged.status).toBe(400);
    const stale = await fake.deliver(paid, webhookUrl(t.url), WEBHOOK_SECRET, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect(stale.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await orderStatus(buyer, bodyOf<CreatedOrder>(created).order.id)).toBe('pending');
    const [{ count }] = await db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM payment_event WHERE id = $1', [paid.id]);
    expect(count).toBe(0);
  });

  it('releases a lapsed hold through the sweeper, closes its checkout, and sells the seats again', async () => {
    const club = await sellingClub(t.url, fake, 2);
    const first = await registerCustomer(t.url);
    const created = await order(first, club.match.id, club.stand.id, 2).expect(201);
    await checkout(created);
    await order(await registerCustomer(t.url), club.match.id, club.stand.id, 1).expect(409);
    await db.query(`UPDATE customer_order SET expires_at = now() - interval '1 second' WHERE id = $1`, [bodyOf<CreatedOrder>(created).order.id]);

    await eventually(async () => (await orderStatus(first, bodyOf<CreatedOrder>(created).order.id)) === 'expired', 10000, 'hold expired');
    expect(await remaining(club.match.id)).toBe(2);
    expect(sessionOf(bodyOf<CreatedOrder>(created).order.id).session.status).toBe('expired');
    // The link of a lapsed hold leads to the order page, never to a new session.
    expect(await openCheckoutLink(t.url, bodyOf<CreatedOrder>(created).payment.checkoutUrl)).toEqual({
      status: 303,
      location: `/orders/${bodyOf<CreatedOrder>(created).order.id}`,
    });
    await order(await registerCustomer(t.url), club.match.id, club.stand.id, 2).expect(201);
  });

  it('refunds a payment that lands after its seats were released and sold to someone else', async () => {
    const club = await sellingClub(t.url, fake, 1);
    const late = await registerCustomer(t.url);
    const created = await order(late, club.match.id, club.stand.id, 1).expect(201);
    const orderId: string = bodyOf<CreatedOrder>(created).order.id;
    // The buyer pays on Stripe's page, but the webhook is delayed; meanwhile the hold lapses.
    const paid = fake.completeSession((await checkout(created)).session.id);
    await db.query(`UPDATE customer_order SET expires_at = now() - interval '1 second' WHERE id = $1`, [orderId]);
    await eventually(async () => (await orderStatus(late, orderId)) === 'expired', 10000, 'hold expired');
    await order(await registerCustomer(t.url), club.match.id, club.stand.id, 1).expect(201);

    expect((await fake.deliver(paid, webhookUrl(t.url), WEBHOOK_SECRET)).status).toBe(200);
    await eventually(async () => (await orderStatus(late, orderId)) === 'refunded', 15000, 'late payment refunded');
    const intent = sessionOf(orderId).session.payment_intent;
    const refund = [...fake.refunds.values()].find((candidate) => candidate.payment_intent === intent);
    expect(refund).toMatchObject({ status: 'succeeded', amount: 1500 });
    const tickets = bodyOf<TicketView[]>(await request(t.url).get('/api/v1/me/tickets').set(bearer(late)).expect(200));
    expect(tickets).toEqual([]);
    const mail = await eventually(() => t.smtp.messages.find((m) => JSON.stringify(m.to).includes(late.user.email)), 10000, 'refund mail');
    expect(mail.subject).toContain('Remboursement');
  });

  it('accepts a late payment when the seats are still free', async () => {
    const club = await sellingClub(t.url, fake, 3);
    const late = await registerCustomer(t.url);
    const created = await order(late, club.match.id, club.stand.id, 2).expect(201);
    const paid = fake.completeSession((await checkout(created)).session.id);
    await db.query(`UPDATE customer_order SET expires_at = now() - interval '1 second' WHERE id = $1`, [bodyOf<CreatedOrder>(created).order.id]);
    await eventually(async () => (await orderStatus(late, bodyOf<CreatedOrder>(created).order.id)) === 'expired', 10000, 'hold expired');
    expect(await remaining(club.match.id)).toBe(3);

    await fake.deliver(paid, webhookUrl(t.url), WEBHOOK_SECRET);
    await eventually(async () => (await orderStatus(late, bodyOf<CreatedOrder>(created).order.id)) === 'fulfilled', 15000, 'late payment accepted');
    expect(await remaining(club.match.id)).toBe(1);
  });

  it('lets a buyer cancel a pending order and puts the seats back on sale', async () => {
    const club = await sellingClub(t.url, fake, 5);
    const buyer = await registerCustomer(t.url);
    const created = await order(buyer, club.match.id, club.stand.id, 5).expect(201);
    await checkout(created);
    const cancelled = await request(t.url)
      .post(`/api/v1/orders/${bodyOf<CreatedOrder>(created).order.id}/cancel`)
      .set(bearer(buyer))
      .expect(200);
    expect(bodyOf<OrderView>(cancelled).status).toBe('cancelled');
    expect(await remaining(club.match.id)).toBe(5);
    expect(sessionOf(bodyOf<CreatedOrder>(created).order.id).session.status).toBe('expired');
    await request(t.url)
      .post(`/api/v1/orders/${bodyOf<CreatedOrder>(created).order.id}/cancel`)
      .set(bearer(buyer))
      .expect(409);
    const mine = bodyOf<Page<OrderView>>(await request(t.url).get('/api/v1/me/orders').set(bearer(buyer)).expect(200));
    expect(mine).toMatchObject({ total: 1, items: [{ id: bodyOf<CreatedOrder>(created).order.id, status: 'cancelled' }] });
  });
});
