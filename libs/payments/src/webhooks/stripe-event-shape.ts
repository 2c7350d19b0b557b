import type Stripe from 'stripe';
import { paymentsError } from '../payments.errors';

// Stripe's ids: a prefix, an underscore, then letters and digits (our sandbox's look the same).
const STRIPE_ID = /^[a-z]{2,10}_[A-Za-z0-9_]{1,250}$/;

const malformed = (detail: string) => paymentsError('malformed-event', detail);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A reference Stripe may expand: an id, an object with one, or null. */
const isReference = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && STRIPE_ID.test(value)) ||
  (isRecord(value) && typeof value.id === 'string' && STRIPE_ID.test(value.id));

/**
 * A correctly signed body is not necessarily an event we can apply (`{}`, `[]`, no `data`, a NUL in the id):
 * checks the fields the webhook reads, so such a body is a 400 and nothing is recorded.
 */
export function assertWellFormedEvent(event: unknown): asserts event is Stripe.Event {
  if (!isRecord(event)) throw malformed('The event is not a JSON object.');
  if (typeof event.id !== 'string' || !STRIPE_ID.test(event.id)) throw malformed('The event has no valid id.');
  if (typeof event.type !== 'string' || !/^[a-z_.]{1,100}$/.test(event.type)) throw malformed('The event has no valid type.');
  const object = isRecord(event.data) ? event.data.object : undefined;
  if (!isRecord(object)) throw malformed('The event has no data.object.');
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.expired':
    case 'account.updated':
      if (typeof object.id !== 'string' || !STRIPE_ID.test(object.id)) throw malformed('data.object has no valid id.');
      if (!isReference(object.payment_intent)) throw malformed('data.object.payment_intent is not a reference.');
      return;
    case 'charge.refunded':
      if (!isReference(object.payment_intent)) throw malformed('data.object.payment_intent is not a reference.');
      return;
    default:
      return;
  }
}
