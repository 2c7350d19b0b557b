import request from 'supertest';
import type { FakeStripe } from '../fakes/stripe';
import type { Session } from './accounts';
import { bearer, registerCustomer } from './accounts';
import type { CreatedOrder } from './body';
import { bodyOf } from './body';
import { openCheckoutLink } from './checkout-link';
import { eventually } from './eventually';
import { WEBHOOK_SECRET, webhookUrl } from './selling-club';

export interface PaidOrder {
  buyer: Session;
  orderId: string;
  tickets: { id: string; code: string; status: string }[];
}

/** A pending order of `quantity` seats placed through `POST /orders` (201): the order and its payment link. */
export async function holdSeats(baseUrl: string, buyer: Session, matchId: string, standId: string, quantity = 1): Promise<CreatedOrder> {
  const created = await request(baseUrl)
    .post('/api/v1/orders')
    .set(bearer(buyer))
    .send({ items: [{ type: 'seat', matchId, standId, quantity }], paymentMethod: 'stripe' })
    .expect(201);
  return bodyOf<CreatedOrder>(created);
}

/** A customer buys `quantity` seats and pays on the fake Stripe; resolves once the tickets exist. */
export async function buySeats(baseUrl: string, fake: FakeStripe, matchId: string, standId: string, quantity = 1): Promise<PaidOrder> {
  const buyer = await registerCustomer(baseUrl);
  const { order, payment } = await holdSeats(baseUrl, buyer, matchId, standId, quantity);
  const orderId = order.id;
  // The Stripe session is created when the buyer opens the payment link, not by POST /orders.
  const opened = await openCheckoutLink(baseUrl, payment.checkoutUrl);
  if (opened.status !== 303) throw new Error(`the payment link answered ${opened.status}`);
  const session = [...fake.sessions.values()].find((stored) => stored.session.client_reference_id === orderId);
  if (!session) throw new Error('no checkout session');
  await fake.deliver(fake.completeSession(session.session.id), webhookUrl(baseUrl), WEBHOOK_SECRET);
  await eventually(
    async () => ((await request(baseUrl).get(`/api/v1/orders/${orderId}`).set(bearer(buyer))).body as { status: string }).status === 'fulfilled',
    20000,
    'order fulfilled',
  );
  const tickets = (await request(baseUrl).get('/api/v1/me/tickets').set(bearer(buyer)).expect(200)).body as PaidOrder['tickets'];
  return { buyer, orderId, tickets };
}
