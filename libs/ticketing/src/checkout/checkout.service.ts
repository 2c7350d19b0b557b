import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@guichet/common';
import { PaymentsService, PaymentView } from '@guichet/payments';
import { UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';
import { OrderItem } from '../orders/order-item.entity';
import { Order } from '../orders/order.entity';
import { paymentIdFor } from './checkout-links';
import { ticketingError } from '../ticketing.errors';

/** Where the buyer goes next: Stripe's page, or our order page when the order cannot be paid (any more). */
export type CheckoutOutcome = { stripeUrl: string } | { orderPage: true; order: Order | null };

const UNIQUE_VIOLATION = '23505';

export const paymentUnavailable = (expiresAt: Date | null) =>
  ticketingError(
    'payment-unavailable',
    `The card payment service did not answer; your seats stay held${expiresAt ? ` until ${expiresAt.toISOString()}` : ''}, try again in a moment.`,
  );

/**
 * The payment step of a card order, off the hold's path: creates the Stripe Checkout Session when the buyer
 * opens the payment link (idempotency key = the order, so a second visit or a race gets the same session).
 */
@Injectable()
export class CheckoutService {
  private readonly logger = new Logger(CheckoutService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly payments: PaymentsService,
    private readonly users: UsersService,
  ) {}

  /** `customerId` restricts to the buyer's own orders (the JSON route); the signed link needs no session. */
  async start(orderId: string, customerId?: string): Promise<CheckoutOutcome> {
    const order = await this.db.manager.findOneBy(Order, customerId ? { id: orderId, customerId } : { id: orderId });
    if (!this.payable(order)) return { orderPage: true, order };
    const existing = await this.payments.forOrder(orderId);
    if (existing) return this.resume(existing, order);
    let payment: PaymentView;
    try {
      payment = await this.open(order);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // A second visit created the session at the same moment: Stripe gave both the same one.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return this.resume(await this.payments.forOrder(orderId), order);
      this.logger.error({ err: error, orderId }, 'Creating the Stripe checkout failed');
      throw paymentUnavailable(order.expiresAt);
    }
    // Cancelled or expired while Stripe answered: close the session again, nothing may be paid.
    const now = await this.db.manager.findOneBy(Order, { id: orderId });
    if (!this.payable(now)) {
      await this.payments.closeCheckout(orderId, 'order ended while its checkout was being opened');
      return { orderPage: true, order: now };
    }
    return payment.checkoutUrl ? { stripeUrl: payment.checkoutUrl } : { orderPage: true, order };
  }

  private payable(order: Order | null): order is Order {
    return order?.status === 'pending' && order.paymentMethod === 'stripe' && order.expiresAt !== null && order.expiresAt.getTime() > Date.now();
  }

  private resume(payment: PaymentView | undefined, order: Order): CheckoutOutcome {
    return payment?.status === 'pending' && payment.checkoutUrl ? { stripeUrl: payment.checkoutUrl } : { orderPage: true, order };
  }

  private async open(order: Order): Promise<PaymentView> {
    const items = await this.db.manager.findBy(OrderItem, { orderId: order.id });
    const customer = await this.users.get(order.customerId);
    return this.payments.createStripeCheckout({
      orderId: order.id,
      paymentId: paymentIdFor(order.id),
      customerId: order.customerId,
      customerEmail: customer.email,
      clubId: order.clubId as string,
      currency: order.currency,
      holdExpiresAt: order.expiresAt as Date,
      lines: items.map((item) => ({ name: item.label, unitAmount: item.unitAmount, quantity: item.quantity })),
    });
  }
}
