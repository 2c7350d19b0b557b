import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, JobName, withinDeadline } from '@guichet/common';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import { PaymentEventsPublisher, PaymentOutcome } from '../payments/payment-events.publisher';
import { transition } from '../payments/payment-transitions';
import { StripeClient } from '../stripe/stripe-client';
import { StripeConnectService } from '../stripe/stripe-connect.service';
import { assertWellFormedEvent } from './stripe-event-shape';
import { paymentsError } from '../payments.errors';

type Announcement = [PaymentOutcome, { paymentId: string; orderId: string }];

/** Per enqueue: beyond it the queue counts as down. */
const ANNOUNCE_DEADLINE_MS = 2000;

const idOf = (value: string | { id: string } | null): string | null => (typeof value === 'string' ? value : (value?.id ?? null));

@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger(StripeWebhookService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stripeClient: StripeClient,
    private readonly connect: StripeConnectService,
    private readonly events: PaymentEventsPublisher,
    private readonly config: AppConfig,
  ) {}

  /** Verifies the signature, applies the event once (its id is stored with its effect), then announces outcomes. */
  async receive(rawBody: Buffer | undefined, signature: string | undefined): Promise<{ received: true; duplicate: boolean }> {
    const event = this.verify(rawBody, signature);
    const result = await this.db.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query('INSERT INTO payment_event (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id', [
        event.id,
        event.type,
      ]);
      if (inserted.length === 0) return { duplicate: true, announcements: [] as Announcement[] };
      return { duplicate: false, announcements: await this.apply(manager, event) };
    });
    await this.announce(result.announcements);
    return { received: true, duplicate: result.duplicate };
  }

  /**
   * The event and its effect are committed: Stripe gets its 200 within seconds even when the queue (Redis) is
   * down. A job not enqueued now is caught up by the orders reconciler, which applies unannounced payments.
   */
  private async announce(announcements: Announcement[]): Promise<void> {
    try {
      for (const [outcome, payload] of announcements) await withinDeadline(this.events.publish(outcome, payload), ANNOUNCE_DEADLINE_MS);
    } catch (error) {
      this.logger.warn({ err: error }, 'Payment outcome not enqueued (queue unavailable); the reconciler will apply it');
    }
  }

  /** Accepts the platform endpoint's secret or the Connect endpoint's (both may point at this route). */
  private verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    const secrets = [this.config.STRIPE_WEBHOOK_SECRET, this.config.STRIPE_CONNECT_WEBHOOK_SECRET].filter((secret): secret is string => Boolean(secret));
    if (secrets.length === 0) throw paymentsError('webhooks-unavailable');
    if (!rawBody || !signature) throw paymentsError('bad-signature', undefined, { title: 'Missing Stripe signature or body' });
    let event: Stripe.Event | undefined;
    for (const secret of secrets) {
      try {
        event = this.stripeClient.stripe.webhooks.constructEvent(rawBody, signature, secret);
        break;
      } catch {
        // try the next secret
      }
    }
    if (!event) throw paymentsError('bad-signature');
    // Signed, yet possibly not an event we can apply: refuse it before anything is recorded.
    assertWellFormedEvent(event);
    return event;
  }

  private async apply(manager: EntityManager, event: Stripe.Event): Promise<Announcement[]> {
    switch (event.type) {
      case 'checkout.session.completed': {
        const session = event.data.object;
        if (session.payment_status !== 'paid') return [];
        const paid = await transition(
          manager,
          { checkoutSessionId: session.id },
          {
            from: ['pending'],
            to: 'succeeded',
            set: { paymentIntentId: idOf(session.payment_intent) },
            reason: `stripe ${event.id}`,
          },
        );
        return paid ? [[JobName.PaymentSucceeded, { paymentId: paid.id, orderId: paid.orderId }]] : [];
      }
      case 'checkout.session.expired': {
        const failed = await transition(
          manager,
          { checkoutSessionId: event.data.object.id },
          {
            from: ['pending'],
            to: 'failed',
            reason: `stripe ${event.id}: session expired`,
          },
        );
        return failed ? [[JobName.PaymentFailed, { paymentId: failed.id, orderId: failed.orderId }]] : [];
      }
      case 'charge.refunded': {
        const intent = idOf(event.data.object.payment_intent);
        if (!intent) return [];
        const refunded = await transition(
          manager,
          { paymentIntentId: intent },
          {
            from: ['succeeded'],
            to: 'refunded',
            reason: `stripe ${event.id}: refunded`,
          },
        );
        return refunded ? [[JobName.PaymentRefunded, { paymentId: refunded.id, orderId: refunded.orderId }]] : [];
      }
      case 'account.updated':
        await this.connect.applyAccountUpdate(manager, event.data.object);
        return [];
      default:
        return [];
    }
  }
}
