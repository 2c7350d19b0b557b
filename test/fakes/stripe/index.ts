import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import type { StripeEvent } from '../../../libs/payments/src/sandbox/stripe-api/objects';
import { createRouter } from '../../../libs/payments/src/sandbox/stripe-api/router';
import type { RecordedRequest } from '../../../libs/payments/src/sandbox/stripe-api/server';
import { createStripeServer } from '../../../libs/payments/src/sandbox/stripe-api/server';
import { StripeStore } from '../../../libs/payments/src/sandbox/stripe-api/store';
import type { Delivery, DeliveryOptions } from '../../../libs/payments/src/sandbox/stripe-api/webhooks';
import { deliver } from '../../../libs/payments/src/sandbox/stripe-api/webhooks';

export type {
  Account,
  AccountLink,
  Charge,
  CheckoutSession,
  LineItem,
  Metadata,
  PaymentIntent,
  PaymentIntentData,
  Refund,
  StoredSession,
  StripeEvent,
  StripeObject,
} from '../../../libs/payments/src/sandbox/stripe-api/objects';
export type { RecordedRequest } from '../../../libs/payments/src/sandbox/stripe-api/server';
export type { Delivery, DeliveryOptions } from '../../../libs/payments/src/sandbox/stripe-api/webhooks';
export type { FormObject, FormValue } from '../../../libs/payments/src/sandbox/stripe-api/form-body';

export interface FakeStripeOptions {
  /** Accept only this secret key (default: any `sk_test_...`). */
  apiKey?: string;
  /** `api_version` written on events (default: the version pinned by the installed `stripe` client). */
  apiVersion?: string;
}

/**
 * A Stripe API on loopback for tests (the Stripe stand-in itself lives in libs/payments/src/sandbox, where
 * `npm start` runs it as the payments sandbox): point the app's `STRIPE_API_URL` at `url`, drive what a
 * buyer or a club would do on Stripe's pages with the methods below, then `deliver` the events.
 */
export class FakeStripe {
  /** Every call received, in order, with its parsed body. */
  readonly requests: RecordedRequest[] = [];
  url = '';

  private readonly store: StripeStore;
  private readonly server: Server;

  constructor(options: FakeStripeOptions = {}) {
    this.store = new StripeStore(() => this.url, options.apiVersion ?? Stripe.API_VERSION);
    this.server = createStripeServer(createRouter(this.store), this.requests, options.apiKey);
  }

  get accounts() {
    return this.store.accounts;
  }
  get sessions() {
    return this.store.sessions;
  }
  get paymentIntents() {
    return this.store.paymentIntents;
  }
  get refunds() {
    return this.store.refunds;
  }
  /** Every event Stripe would have sent so far, including those of API calls (expire, refund). */
  get events(): readonly StripeEvent[] {
    return this.store.events;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The club finished Express onboarding; returns the `account.updated` event. */
  enableCharges(accountId: string): StripeEvent {
    return this.store.enableCharges(accountId);
  }

  /** The buyer paid on the Checkout page; returns `checkout.session.completed`. */
  completeSession(sessionId: string): StripeEvent {
    return this.store.complete(sessionId);
  }

  /** The session timed out on Stripe's side (or was expired earlier); returns `checkout.session.expired`. */
  expireSession(sessionId: string): StripeEvent {
    const { session } = this.store.session(sessionId);
    if (session.status === 'open') this.store.expire(sessionId);
    const event = this.store.events.findLast((e) => e.type === 'checkout.session.expired' && e.data.object.id === sessionId);
    if (!event) throw new Error(`fake Stripe: ${sessionId} is ${session.status}, it cannot expire`);
    return event;
  }

  /** The `charge.refunded` event sent when this refund was made through the API. */
  refundEvent(refund: { id: string } | string): StripeEvent {
    const id = typeof refund === 'string' ? refund : refund.id;
    const event = this.store.refundEvents.get(id);
    if (!event) throw new Error(`fake Stripe: no refund ${id}`);
    return event;
  }

  deliver(event: StripeEvent, webhookUrl: string, secret: string, options?: DeliveryOptions): Promise<Delivery> {
    return deliver(event, webhookUrl, secret, options);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }
}

export const startFakeStripe = (options?: FakeStripeOptions) => new FakeStripe(options).start();
