import request from 'supertest';
import Stripe from 'stripe';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const SECRET = 'whsec_test_malformed';
const stripe = new Stripe('sk_test_unused');

describe('correctly signed but malformed Stripe events', () => {
  let t: TestApp;
  let db: DataSource;
  // Other test files record events at the same time: count only ids this file sends.
  const recorded = async (id: string) =>
    Number((await db.query<{ n: string }[]>('SELECT count(*) AS n FROM payment_event WHERE id = $1', [id.replaceAll('\u0000', '')]))[0].n);
  const idIn = (payload: string) => {
    const parsed: unknown = JSON.parse(payload);
    return typeof (parsed as { id?: unknown })?.id === 'string' ? (parsed as { id: string }).id : undefined;
  };

  beforeAll(async () => {
    t = await startTestApp({ STRIPE_SECRET_KEY: 'sk_test_guichet', STRIPE_WEBHOOK_SECRET: SECRET }, false);
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => t?.close());

  const deliver = (payload: string) =>
    request(t.url)
      .post('/api/v1/payments/stripe/webhook')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }))
      .send(payload);

  it.each([
    ['an empty object', '{}'],
    ['an array', '[]'],
    ['a string', '"evt"'],
    ['an event without data', JSON.stringify({ id: 'evt_nodata1', type: 'checkout.session.completed' })],
    ['a session without an id', JSON.stringify({ id: 'evt_noid1', type: 'checkout.session.completed', data: { object: { payment_status: 'paid' } } })],
    ['a NUL in the id', JSON.stringify({ id: 'evt_\u0000x', type: 'checkout.session.completed', data: { object: { id: 'cs_1' } } })],
    ['a refund with a numeric payment intent', JSON.stringify({ id: 'evt_badpi1', type: 'charge.refunded', data: { object: { payment_intent: 42 } } })],
  ])('answers %s with 400 and records nothing', async (_name, payload) => {
    const res = await deliver(payload);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const id = idIn(payload);
    if (id) expect(await recorded(id)).toBe(0);
  });

  it('still records a well-formed event it does not act on', async () => {
    const id = `evt_other${Date.now()}`;
    await deliver(JSON.stringify({ id, type: 'customer.created', data: { object: { id: 'cus_1' } } })).expect(200);
    expect(await recorded(id)).toBe(1);
  });
});
