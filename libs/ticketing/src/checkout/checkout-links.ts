import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, Money } from '@guichet/common';
import { PaymentView } from '@guichet/payments';

/**
 * The card payment link of an order, `{PUBLIC_URL}/orders/{id}/pay?t={token}`: it needs no session (a
 * Telegram buyer opens it in any browser) and can only pay that order. The token is an HMAC of the order
 * id under a key derived from JWT_SECRET, so a leaked link never gives the signing key away.
 */
@Injectable()
export class CheckoutLinks {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.JWT_SECRET).update('guichet/checkout-link/v1').digest();
  }

  urlFor(orderId: string): string {
    return `${this.config.PUBLIC_URL}/orders/${orderId}/pay?t=${this.token(orderId)}`;
  }

  verify(orderId: string, token: unknown): boolean {
    if (typeof token !== 'string') return false;
    const expected = Buffer.from(this.token(orderId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The payment of a pending card order before the buyer opened the link (no Stripe session yet). */
  pendingPayment(orderId: string, amount: Money): PaymentView {
    return { id: paymentIdFor(orderId), orderId, method: 'stripe', status: 'pending', amount, checkoutUrl: this.urlFor(orderId) };
  }

  private token(orderId: string): string {
    return createHmac('sha256', this.key).update(orderId.toLowerCase()).digest('base64url');
  }
}

/**
 * The id of an order's card payment, announced when the order is placed and used when the payment row is
 * written by the payment step: derived from the order id (shaped as a v4 UUID), so nothing is stored twice.
 */
export function paymentIdFor(orderId: string): string {
  const bytes = createHash('sha256').update(`payment:${orderId.toLowerCase()}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
