import type { AppConfig } from '@guichet/common';
import Stripe from 'stripe';
import { paymentsError } from '../payments.errors';

/** The official client; STRIPE_API_URL points it at a fake or stripe-mock instead of api.stripe.com. */
export class StripeClient {
  readonly api: Stripe | undefined;

  constructor(config: AppConfig) {
    if (!config.STRIPE_SECRET_KEY) return;
    const target = config.STRIPE_API_URL ? new URL(config.STRIPE_API_URL) : undefined;
    this.api = new Stripe(config.STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      ...(target
        ? { host: target.hostname, port: target.port || (target.protocol === 'https:' ? 443 : 80), protocol: target.protocol === 'https:' ? 'https' : 'http' }
        : {}),
    });
  }

  get stripe(): Stripe {
    if (!this.api) {
      throw paymentsError('card-payments-unavailable', 'STRIPE_SECRET_KEY is not set on this server.');
    }
    return this.api;
  }
}
