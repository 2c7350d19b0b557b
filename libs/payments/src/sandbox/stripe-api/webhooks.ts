import Stripe from 'stripe';
import type { StripeEvent } from './objects';

export interface DeliveryOptions {
  /** Sign with another secret, so the receiver must refuse the event. */
  badSignature?: boolean;
  /** Unix seconds put in the signature (default now): an old one tests the tolerance window. */
  timestamp?: number;
}

export interface Delivery {
  status: number;
  body: string;
}

/**
 * POSTs the event as Stripe does: pretty-printed JSON, signed in `Stripe-Signature` by the
 * official client's test helper (`t=<timestamp>,v1=<HMAC-SHA256 of "t.payload">`).
 */
export async function deliver(event: StripeEvent, webhookUrl: string, secret: string, options: DeliveryOptions = {}): Promise<Delivery> {
  const payload = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.badSignature ? `${secret}_wrong` : secret,
    timestamp: options.timestamp,
  });
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'stripe-signature': signature,
    },
    body: payload,
  });
  return { status: response.status, body: await response.text() };
}
