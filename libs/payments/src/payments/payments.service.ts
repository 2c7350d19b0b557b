import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, notFound } from '@guichet/common';
import { DataSource } from 'typeorm';
import { StripeClient } from '../stripe/stripe-client';
import { StripeConnectService } from '../stripe/stripe-connect.service';
import { transition } from './payment-transitions';
import { Payment, PaymentStatus } from './payment.entity';
import { PaymentView, paymentView } from './payment-view';
import { paymentsError } from '../payments.errors';

export interface CheckoutLine {
  name: string;
  unitAmount: number;
  quantity: number;
}

export interface StripeCheckoutRequest {
  orderId: string;
  customerId: string;
  customerEmail: string | null;
  clubId: string;
  currency: string;
  lines: CheckoutLine[];
  holdExpiresAt: Date;
  /** The id already announced to the buyer when the order was placed (ticketing derives it from the order). */
  paymentId?: string;
}

/** Stripe refuses Checkout Sessions that expire in less than 30 minutes; a shorter hold expires its session itself. */
const STRIPE_MIN_SESSION_MS = 31 * 60 * 1000;

@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stripeClient: StripeClient,
    private readonly connect: StripeConnectService,
    private readonly config: AppConfig,
  ) {}

  /**
   * A Checkout Session paid to the club's connected account, the platform keeping its fee. The idempotency
   * key is the order: a retry after a timeout finds the same session instead of charging twice.
   */
  async createStripeCheckout(request: StripeCheckoutRequest): Promise<PaymentView> {
    const destination = await this.connect.sellingAccount(request.clubId);
    const amount = request.lines.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
    const fee = Math.round((amount * this.config.PLATFORM_FEE_PERCENT) / 100);
    const expiresAt = Math.max(request.holdExpiresAt.getTime(), Date.now() + STRIPE_MIN_SESSION_MS);
    const session = await this.stripeClient.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: request.orderId,
        customer_email: request.customerEmail ?? undefined,
        line_items: request.lines.map((line) => ({
          quantity: line.quantity,
          price_data: { currency: request.currency.toLowerCase(), unit_amount: line.unitAmount, product_data: { name: line.name } },
        })),
        payment_intent_data: {
          application_fee_amount: fee,
          transfer_data: { destination },
          metadata: { orderId: request.orderId },
        },
        metadata: { orderId: request.orderId },
        expires_at: Math.floor(expiresAt / 1000),
        success_url: `${this.config.PUBLIC_URL}/orders/${request.orderId}?paid=1`,
        cancel_url: `${this.config.PUBLIC_URL}/orders/${request.orderId}?cancelled=1`,
      },
      { idempotencyKey: `checkout-${request.orderId}` },
    );
    const payment = await this.db.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Payment, {
          id: request.paymentId,
          orderId: request.orderId,
          customerId: request.customerId,
          clubId: request.clubId,
          provider: 'stripe',
          status: 'pending',
          amount,
          currency: request.currency,
          applicationFee: fee,
          checkoutSessionId: session.id,
          checkoutUrl: session.url,
        }),
      );
      await manager.query('INSERT INTO payment_status_change (payment_id, to_status) VALUES ($1, $2)', [saved.id, 'pending']);
      return saved;
    });
    return paymentView(payment);
  }

  /** Throws `club-cannot-sell` (409) while Stripe does not let the club take charges. */
  async assertClubCanSell(clubId: string): Promise<void> {
    await this.connect.sellingAccount(clubId);
  }

  async forOrder(orderId: string): Promise<PaymentView | undefined> {
    const payment = await this.db.manager.findOneBy(Payment, { orderId });
    return payment ? paymentView(payment) : undefined;
  }

  /** A payment's status and, when an admin rejected it, why (what the buyer is told); undefined if unknown. */
  async outcome(paymentId: string): Promise<{ status: PaymentStatus; rejectReason: string | null } | undefined> {
    const payment = await this.db.manager.findOne(Payment, { where: { id: paymentId }, select: { id: true, status: true, rejectReason: true } });
    return payment ? { status: payment.status, rejectReason: payment.rejectReason } : undefined;
  }

  /** Closes the checkout of a lapsed or cancelled order so it can no longer be paid (when Stripe still allows it). */
  async closeCheckout(orderId: string, reason: string): Promise<void> {
    const payment = await this.db.manager.findOneBy(Payment, { orderId });
    if (!payment?.checkoutSessionId || payment.status !== 'pending') return;
    try {
      await this.stripeClient.stripe.checkout.sessions.expire(payment.checkoutSessionId);
    } catch (error) {
      // A session completed meanwhile cannot be expired: its webhook decides (late payment path).
      this.logger.warn(`Could not expire checkout of order ${orderId}: ${(error as Error).message}`);
      return;
    }
    await this.db.transaction((manager) => transition(manager, { id: payment.id }, { from: ['pending'], to: 'failed', reason }));
  }

  /** Gives the money back (destination charge: the transfer and the platform fee are reversed too). */
  async refund(orderId: string, reason: string): Promise<void> {
    const payment = await this.db.manager.findOneBy(Payment, { orderId });
    if (!payment) throw notFound('Payment');
    if (payment.status === 'refunded') return;
    if (payment.status !== 'succeeded' || !payment.paymentIntentId) {
      throw paymentsError('not-refundable', `Its status is ${payment.status}.`);
    }
    await this.stripeClient.stripe.refunds.create(
      { payment_intent: payment.paymentIntentId, reverse_transfer: true, refund_application_fee: true, metadata: { orderId, reason } },
      { idempotencyKey: `refund-${payment.id}` },
    );
    await this.db.transaction((manager) => transition(manager, { id: payment.id }, { from: ['succeeded'], to: 'refunded', reason }));
  }

  /** Ticketing applied the outcome `statuses` announce; a payment that has moved on since keeps its new one to apply. */
  async markApplied(paymentId: string, statuses: PaymentStatus[]): Promise<void> {
    await this.db.query('UPDATE payment SET applied_at = now() WHERE id = $1 AND status = ANY($2) AND applied_at IS NULL', [paymentId, statuses]);
  }

  /**
   * Outcomes (paid, failed or rejected, refunded) whose event never reached ticketing (a crash, Redis down
   * when the webhook was answered): the reconciler applies them.
   */
  async unappliedOutcomes(olderThanMs: number): Promise<{ paymentId: string; orderId: string; status: PaymentStatus }[]> {
    return this.db.query(
      `SELECT id AS "paymentId", order_id AS "orderId", status FROM payment
       WHERE status IN ('succeeded', 'failed', 'rejected', 'refunded') AND applied_at IS NULL
         AND updated_at < now() - make_interval(secs => $1)
       ORDER BY updated_at LIMIT 100`,
      [olderThanMs / 1000],
    );
  }
}
