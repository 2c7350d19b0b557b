import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PaymentsService } from '@guichet/payments';
import { DataSource } from 'typeorm';
import { FulfilmentQueue } from '../fulfilment/fulfilment-queue';
import { PaymentOutcomesService } from '../fulfilment/payment-outcomes.service';
import { OrdersService } from '../orders/orders.service';

/** Leaves time for the normal path (a job in flight) before the reconciler steps in. */
const GRACE_MS = 60_000;
const BATCH = 200;

@Injectable()
export class SweepsService {
  private readonly logger = new Logger(SweepsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsService,
    private readonly outcomes: PaymentOutcomesService,
    private readonly fulfilment: FulfilmentQueue,
  ) {}

  /** Lapsed holds: the seats go back on sale and the Stripe session is closed so it cannot be paid. */
  async expireHolds(): Promise<number> {
    const lapsed: { id: string }[] = await this.db.query(
      `SELECT id FROM customer_order WHERE status = 'pending' AND expires_at < now() ORDER BY expires_at LIMIT ${BATCH}`,
    );
    let expired = 0;
    for (const { id } of lapsed) {
      if (!(await this.orders.endPending(id, 'expired'))) continue;
      expired++;
      await this.payments.closeCheckout(id, 'seat hold expired');
    }
    if (expired) this.logger.log(`Released the seats of ${expired} lapsed orders`);
    return expired;
  }

  /** A crash between two steps loses nothing: unapplied payment outcomes are applied, paid orders get fulfilled. */
  async reconcile(): Promise<void> {
    for (const { status, ...event } of await this.payments.unappliedOutcomes(GRACE_MS)) {
      if (status === 'succeeded') await this.outcomes.succeeded(event);
      else if (status === 'refunded') await this.outcomes.refunded(event);
      else await this.outcomes.failed(event);
    }
    const stuck: { id: string }[] = await this.db.query(
      `SELECT id FROM customer_order WHERE status = 'paid' AND updated_at < now() - make_interval(secs => $1) LIMIT ${BATCH}`,
      [GRACE_MS / 1000],
    );
    const bucket = String(Math.floor(Date.now() / GRACE_MS));
    for (const { id } of stuck) await this.fulfilment.fulfil(id, bucket);
    if (stuck.length) this.logger.warn(`Re-enqueued the fulfilment of ${stuck.length} paid orders`);
  }
}
