import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { registerCustomer, bearer } from '../../../../test/support/accounts';
import { openCheckoutLink } from '../../../../test/support/checkout-link';
import { eventually } from '../../../../test/support/eventually';
import type { SellingApp } from '../../../../test/support/selling-club';
import { sellingClub, startSellingApp, WEBHOOK_SECRET } from '../../../../test/support/selling-club';
import request from 'supertest';
import { StripeWebhookService } from './stripe-webhook.service';

/** The Stripe webhook handler's decisions, called on the service against the run's real Postgres. */
describe('StripeWebhookService', () => {
  let selling: SellingApp;
  let webhooks: StripeWebhookService;
  let club: Awaited<ReturnType<typeof sellingClub>>;

  beforeAll(async () => {
    selling = await startSellingApp();
    webhooks = selling.t.app.get(StripeWebhookService);
    club = await sellingClub(selling.t.url, selling.fake);
  });
  afterAll(() => selling.close());

  const signed = (event: object, secret = WEBHOOK_SECRET) => {
    const payload = JSON.stringify(event, null, 2);
    return { body: Buffer.from(payload), signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) };
  };

  /** A seat order whose buyer opened the payment link: a Checkout Session exists on the fake Stripe. */
  async function openedCheckout() {
    const buyer = await registerCustomer(selling.t.url);
    const created = await request(selling.t.url)
      .post('/api/v1/orders')
      .set(bearer(buyer))
      .send({ items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1 }], paymentMethod: 'stripe' })
      .expect(201);
    const orderId = (created.body as { order: { id: string } }).order.id;
    await openCheckoutLink(selling.t.url, (created.body as { payment: { checkoutUrl: string } }).payment.checkoutUrl);
    const session = [...selling.fake.sessions.values()].find((stored) => stored.session.client_reference_id === orderId);
    if (!session) throw new Error('no checkout session');
    return { orderId, sessionId: session.session.id };
  }
  const paymentOf = async (orderId: string): Promise<{ status: string }> =>
    (await selling.db.query<{ status: string }[]>('SELECT status FROM payment WHERE order_id = $1', [orderId]))[0];

  it('applies a paid session once: the same event delivered again is a duplicate and changes nothing', async () => {
    const { orderId, sessionId } = await openedCheckout();
    const { body, signature } = signed(selling.fake.completeSession(sessionId));
    expect(await webhooks.receive(body, signature)).toEqual({ received: true, duplicate: false });
    expect(await webhooks.receive(body, signature)).toEqual({ received: true, duplicate: true });
    expect((await paymentOf(orderId)).status).toBe('succeeded');
    await eventually(
      async () => (await selling.db.query<{ status: string }[]>('SELECT status FROM customer_order WHERE id = $1', [orderId]))[0].status === 'fulfilled',
      20000,
      'fulfilled',
    );
    const [{ n }] = await selling.db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM payment_status_change c JOIN payment p ON p.id = c.payment_id WHERE p.order_id = $1 AND c.to_status = $2',
      [orderId, 'succeeded'],
    );
    expect(n).toBe(1);
  });

  it('applies an event delivered twice at the same moment once', async () => {
    const { orderId, sessionId } = await openedCheckout();
    const { body, signature } = signed(selling.fake.completeSession(sessionId));
    const answers = await Promise.all([webhooks.receive(body, signature), webhooks.receive(body, signature)]);
    expect(answers.map((answer) => answer.duplicate).sort()).toEqual([false, true]);
    expect((await paymentOf(orderId)).status).toBe('succeeded');
  });

  it('refuses an unsigned body, a wrong signature and a signed but malformed event, recording nothing', async () => {
    const { body } = signed({ id: `evt_${randomUUID()}`, type: 'checkout.session.completed' });
    await expect(webhooks.receive(body, undefined)).rejects.toMatchObject({ code: 'bad-signature', status: 400, title: 'Missing Stripe signature or body' });
    const forged = signed({ id: `evt_${randomUUID()}`, type: 'checkout.session.completed' }, 'whsec_not_ours');
    await expect(webhooks.receive(forged.body, forged.signature)).rejects.toMatchObject({ code: 'bad-signature', title: 'Invalid Stripe signature' });
    const id = `evt_${randomUUID()}`;
    const malformed = signed({ id, object: 'event', type: 'checkout.session.completed', data: { object: {} } });
    await expect(webhooks.receive(malformed.body, malformed.signature)).rejects.toMatchObject({ code: 'malformed-event', status: 400 });
    expect(await selling.db.query('SELECT id FROM payment_event WHERE id = $1', [id])).toEqual([]);
  });
});
