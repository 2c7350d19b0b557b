import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { expect } from '@jest/globals';
import request from 'supertest';
import type { FakeStripe } from './fakes/stripe';
import { startFakeStripe } from './fakes/stripe';
import { parseForm } from './fakes/stripe/form-body';

const WEBHOOK_SECRET = 'whsec_test_fake_stripe';

/** Stripe's error envelope. */
interface StripeErrorBody {
  error: { type: string; message: string };
}
const minutes = (n: number) => Math.floor(Date.now() / 1000) + n * 60;

/** A tiny webhook endpoint that verifies like the app must: raw body + Stripe-Signature. */
async function startReceiver(stripe: Stripe): Promise<{ url: string; events: Stripe.Event[]; server: Server }> {
  const events: Stripe.Event[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const signature = req.headers['stripe-signature'] ?? '';
        events.push(stripe.webhooks.constructEvent(Buffer.concat(chunks), signature, WEBHOOK_SECRET));
        res.writeHead(200).end('{"received":true}');
      } catch (error) {
        res.writeHead(400).end(error instanceof Error ? error.message : 'invalid');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`, events, server };
}

describe('fake Stripe, driven by the official client', () => {
  let fake: FakeStripe;
  let stripe: Stripe;

  beforeAll(async () => {
    fake = await startFakeStripe();
    // How the app configures the client from STRIPE_API_URL; the API version stays the client's default.
    const api = new URL(fake.url);
    stripe = new Stripe('sk_test_guichet', { host: api.hostname, port: api.port, protocol: 'http', maxNetworkRetries: 0 });
  });
  afterAll(() => fake.close());

  async function onboardedClub(): Promise<string> {
    const account = await stripe.accounts.create({
      type: 'express',
      country: 'FR',
      email: 'club@example.test',
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
    });
    fake.enableCharges(account.id);
    return account.id;
  }

  const sessionParams = (destination: string, overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams => ({
    mode: 'payment',
    line_items: [{ price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'Tribune Nord' } }, quantity: 2 }],
    payment_intent_data: { application_fee_amount: 300, transfer_data: { destination }, metadata: { orderId: 'order-1' } },
    client_reference_id: 'order-1',
    metadata: { orderId: 'order-1' },
    customer_email: 'fan@example.test',
    success_url: 'http://guichet.test/orders/order-1/paid',
    cancel_url: 'http://guichet.test/orders/order-1',
    expires_at: minutes(35),
    ...overrides,
  });
  const checkout = (destination: string, overrides?: Partial<Stripe.Checkout.SessionCreateParams>) =>
    stripe.checkout.sessions.create(sessionParams(destination, overrides));

  it('parses bracket notation into nested objects and arrays', () => {
    expect(parseForm('line_items[0][price_data][unit_amount]=1500&metadata[orderId]=a%20b&expand[]=x&expand[]=y')).toEqual({
      line_items: [{ price_data: { unit_amount: '1500' } }],
      metadata: { orderId: 'a b' },
      expand: ['x', 'y'],
    });
  });

  it('creates an Express account and its onboarding link, then enables charges', async () => {
    const account = await stripe.accounts.create({
      type: 'express',
      country: 'FR',
      email: 'club@example.test',
      capabilities: { transfers: { requested: true } },
      metadata: { clubId: 'club-1' },
    });
    expect(account).toMatchObject({ object: 'account', type: 'express', charges_enabled: false, details_submitted: false, livemode: false });
    expect(account.id).toMatch(/^acct_/);
    expect(fake.requests.at(-1)?.body).toMatchObject({ capabilities: { transfers: { requested: 'true' } }, metadata: { clubId: 'club-1' } });

    const link = await stripe.accountLinks.create({
      account: account.id,
      refresh_url: 'http://guichet.test/stripe/refresh',
      return_url: 'http://guichet.test/stripe/return',
      type: 'account_onboarding',
    });
    expect(link).toMatchObject({ object: 'account_link', url: `${fake.url}/connect/onboarding/${account.id}` });
    expect(link.expires_at).toBeGreaterThan(link.created);

    const event = fake.enableCharges(account.id);
    expect(event).toMatchObject({ type: 'account.updated', account: account.id, data: { previous_attributes: { charges_enabled: false } } });
    await expect(stripe.accounts.retrieve(account.id)).resolves.toMatchObject({ charges_enabled: true, details_submitted: true });
  });

  it('creates a destination-charge session with an application fee and metadata', async () => {
    const club = await onboardedClub();
    const session = await checkout(club);
    expect(session).toMatchObject({
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      amount_total: 3000,
      currency: 'eur',
      url: `${fake.url}/pay/${session.id}`,
      payment_intent: null,
      client_reference_id: 'order-1',
      metadata: { orderId: 'order-1' },
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(fake.sessions.get(session.id)).toMatchObject({
      lineItems: [{ name: 'Tribune Nord', currency: 'eur', unit_amount: 1500, quantity: 2 }],
      paymentIntentData: { application_fee_amount: 300, transfer_data: { destination: club }, metadata: { orderId: 'order-1' } },
    });
    await expect(stripe.checkout.sessions.retrieve(session.id)).resolves.toMatchObject({ id: session.id, status: 'open' });
  });

  it('refuses a destination that has not finished onboarding', async () => {
    const account = await stripe.accounts.create({ type: 'express', country: 'FR' });
    await expect(checkout(account.id)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'insufficient_capabilities_for_transfer',
      param: 'payment_intent_data[transfer_data][destination]',
    });
  });

  it('replays a create with the same idempotency key and refuses the key with other parameters', async () => {
    const club = await onboardedClub();
    const before = fake.sessions.size;
    // Built once: the same parameters, byte for byte, as a retry of the app would send.
    const params = sessionParams(club, { client_reference_id: 'order-42' });
    const first = await stripe.checkout.sessions.create(params, { idempotencyKey: 'order-42' });
    const again = await stripe.checkout.sessions.create(params, { idempotencyKey: 'order-42' });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(fake.sessions.size).toBe(before + 1);

    const other = { ...params, client_reference_id: 'order-43' };
    const refusal = stripe.checkout.sessions.create(other, { idempotencyKey: 'order-42' });
    await expect(refusal).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    await expect(refusal).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("other than 'order-42'") });
    expect(fake.sessions.size).toBe(before + 1);
  });

  it("refuses expires_at outside 30 minutes to 24 hours with Stripe's messages", async () => {
    const club = await onboardedClub();
    await expect(checkout(club, { expires_at: minutes(10) })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      param: 'expires_at',
      message: 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
    });
    await expect(checkout(club, { expires_at: minutes(25 * 60) })).rejects.toMatchObject({
      message: 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
    });
    // Stripe keeps no result for a request that failed validation: the key can be retried, fixed.
    const tooSoon = stripe.checkout.sessions.create(sessionParams(club, { expires_at: minutes(5) }), { idempotencyKey: 'order-50' });
    await expect(tooSoon).rejects.toMatchObject({ param: 'expires_at' });
    await expect(stripe.checkout.sessions.create(sessionParams(club), { idempotencyKey: 'order-50' })).resolves.toMatchObject({ status: 'open' });
  });

  it('expires an open session and refuses to expire a completed one', async () => {
    const club = await onboardedClub();
    const open = await checkout(club);
    await expect(stripe.checkout.sessions.expire(open.id)).resolves.toMatchObject({ status: 'expired', url: null });
    expect(fake.expireSession(open.id)).toMatchObject({ type: 'checkout.session.expired', data: { object: { id: open.id } } });

    const paid = await checkout(club);
    fake.completeSession(paid.id);
    await expect(stripe.checkout.sessions.expire(paid.id)).rejects.toMatchObject({
      statusCode: 400,
      message: 'Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of `complete`.',
    });
    await expect(stripe.checkout.sessions.retrieve('cs_test_nothing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it("refunds a paid session's payment intent, never more than was charged", async () => {
    const club = await onboardedClub();
    const session = await checkout(club);
    const completed = fake.completeSession(session.id);
    expect(completed).toMatchObject({ object: 'event', type: 'checkout.session.completed', livemode: false, pending_webhooks: 1 });
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid' });
    // Not expanded: the id (anything else fails the match below).
    const intent = typeof paid.payment_intent === 'string' ? paid.payment_intent : '';
    expect(intent).toMatch(/^pi_/);

    const partial = await stripe.refunds.create({ payment_intent: intent, amount: 1000, reason: 'requested_by_customer', metadata: { orderId: 'order-1' } });
    expect(partial).toMatchObject({ object: 'refund', status: 'succeeded', amount: 1000, payment_intent: intent, metadata: { orderId: 'order-1' } });
    await expect(stripe.refunds.create({ payment_intent: intent, amount: 2500 })).rejects.toMatchObject({
      code: 'amount_too_large',
      message: 'Refund amount (€25.00) is greater than unrefunded amount on charge (€20.00)',
    });
    const rest = await stripe.refunds.create({ payment_intent: intent });
    expect(rest.amount).toBe(2000);
    expect(fake.refundEvent(rest)).toMatchObject({ type: 'charge.refunded', data: { object: { amount_refunded: 3000, refunded: true } } });
    await expect(stripe.refunds.create({ payment_intent: intent })).rejects.toMatchObject({ code: 'charge_already_refunded' });
  });

  it('delivers events signed so that constructEvent accepts them, and refuses forged or stale ones', async () => {
    const receiver = await startReceiver(stripe);
    try {
      const session = await checkout(await onboardedClub());
      const event = fake.completeSession(session.id);

      await expect(fake.deliver(event, receiver.url, WEBHOOK_SECRET)).resolves.toMatchObject({ status: 200 });
      expect(receiver.events).toHaveLength(1);
      expect(receiver.events[0]).toMatchObject({ id: event.id, type: 'checkout.session.completed', data: { object: { id: session.id } } });

      const forged = await fake.deliver(event, receiver.url, WEBHOOK_SECRET, { badSignature: true });
      expect(forged.status).toBe(400);
      expect(forged.body).toContain('No signatures found matching the expected signature');
      const stale = await fake.deliver(event, receiver.url, WEBHOOK_SECRET, { timestamp: minutes(-10) });
      expect(stale).toMatchObject({ status: 400, body: expect.stringContaining('Timestamp outside the tolerance zone') });
      expect(receiver.events).toHaveLength(1);
    } finally {
      await new Promise((resolve) => receiver.server.close(resolve));
    }
  });

  it("answers 401 in Stripe's shape without a secret key, and 404 for an unknown URL", async () => {
    const anonymous = await request(fake.url).post('/v1/checkout/sessions').type('form').send('mode=payment').expect(401);
    expect((anonymous.body as StripeErrorBody).error).toMatchObject({
      type: 'invalid_request_error',
      message: expect.stringContaining('You did not provide an API key'),
    });
    await request(fake.url).get('/v1/customers').set('Authorization', 'Bearer pk_test_123').expect(401);
    const unknown = await request(fake.url).get('/v1/customers').set('Authorization', 'Bearer sk_test_x').expect(404);
    expect((unknown.body as StripeErrorBody).error.message).toContain('Unrecognized request URL (GET: /v1/customers)');
  });
});
