import request from 'supertest';
import type { FakeStripe } from '../fakes/stripe';
import { startFakeStripe } from '../fakes/stripe';
import { bearer, registerCustomer } from '../support/accounts';
import { holdSeats } from '../support/paid-order';
import { sellingClub, stripeEnv } from '../support/selling-club';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import type { Problem } from '../support/body';
import { bodyOf } from '../support/body';

describe('the payment link while Stripe does not answer', () => {
  let fake: FakeStripe;
  let t: TestApp;

  beforeAll(async () => {
    fake = await startFakeStripe();
    t = await startTestApp(stripeEnv(fake));
  });
  afterAll(() => t.close());

  it('says so in a readable page (and as problem+json), and keeps the seats held', async () => {
    const club = await sellingClub(t.url, fake, 5);
    const buyer = await registerCustomer(t.url);
    const { order: createdOrder, payment } = await holdSeats(t.url, buyer, club.match.id, club.stand.id, 2);
    const orderId = createdOrder.id;
    const link = new URL(payment.checkoutUrl);
    await fake.close();

    const page = await request(t.url).get(`${link.pathname}${link.search}`).redirects(0);
    expect(page.status).toBe(503);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Vos places restent réservées');
    expect(page.text).toContain('Your seats stay held');
    const json = await request(t.url).post(`/api/v1/orders/${orderId}/checkout`).set(bearer(buyer)).expect(503);
    expect(bodyOf<Problem>(json).type).toMatch(/\/payment-unavailable$/);

    const order = bodyOf<{ status: string }>(await request(t.url).get(`/api/v1/orders/${orderId}`).set(bearer(buyer)).expect(200));
    expect(order.status).toBe('pending');
    const match = bodyOf<{ stands: { remaining: number }[] }>(await request(t.url).get(`/api/v1/matches/${club.match.id}`).expect(200));
    expect(match.stands[0].remaining).toBe(3);
  });
});
