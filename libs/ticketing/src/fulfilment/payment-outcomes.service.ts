import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PaymentEventJob } from '@guichet/common';
import { PaymentsService } from '@guichet/payments';
import { DataSource } from 'typeorm';
import { OrderItem } from '../orders/order-item.entity';
import { Order } from '../orders/order.entity';
import { OrdersService } from '../orders/orders.service';
import { SeatHoldsService } from '../orders/seat-holds.service';
import { BuyerNotices } from '../tickets/buyer-notices.service';
import { TicketsChangedPublisher } from '../tickets/tickets-changed.publisher';
import { voidTicketsOfOrder } from '../tickets/void-tickets';
import { FulfilmentQueue } from './fulfilment-queue';

type SucceededVerdict = 'paid' | 'already-applied' | 'refund';

/** Applies what payments announces to orders. Each handler is idempotent: jobs may run again. */
@Injectable()
export class PaymentOutcomesService {
  private readonly logger = new Logger(PaymentOutcomesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly holds: SeatHoldsService,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsService,
    private readonly fulfilment: FulfilmentQueue,
    private readonly notices: BuyerNotices,
    private readonly ticketsChanged: TicketsChangedPublisher,
  ) {}

  /**
   * Paid. A payment that lands after its hold lapsed is accepted if the seats can be taken again,
   * otherwise refunded: never a seat sold twice, never money kept for nothing.
   */
  async succeeded({ paymentId, orderId }: PaymentEventJob): Promise<void> {
    const verdict = await this.db.transaction(async (manager): Promise<SucceededVerdict> => {
      const order = await manager.findOne(Order, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
      if (!order) return 'already-applied';
      if (
        order.status === 'pending' ||
        ((order.status === 'expired' || order.status === 'cancelled') && (await this.holds.retake(manager, await manager.findBy(OrderItem, { orderId }))))
      ) {
        await manager.update(Order, { id: orderId }, { status: 'paid', paidAt: new Date() });
        return 'paid';
      }
      return order.status === 'expired' || order.status === 'cancelled' ? 'refund' : 'already-applied';
    });
    if (verdict === 'refund') {
      await this.payments.refund(orderId, 'seats no longer available when the payment arrived');
      await this.db.query(`UPDATE customer_order SET status = 'refunded', updated_at = now() WHERE id = $1 AND status IN ('expired', 'cancelled')`, [orderId]);
      await this.notices.refunded(orderId, 'Your payment arrived after your seats were released and they are sold out. You have been refunded in full.');
      this.logger.log(`Late payment for order ${orderId} refunded: seats were gone`);
    }
    await this.payments.markApplied(paymentId, ['succeeded', 'refunded']);
    if (verdict !== 'refund') await this.fulfilment.fulfil(orderId);
  }

  /** The checkout expired (the hold ends now rather than at its deadline), or an admin rejected the proof. */
  async failed({ paymentId, orderId }: PaymentEventJob): Promise<void> {
    const payment = await this.payments.outcome(paymentId);
    const rejected = payment?.status === 'rejected';
    const ended = await this.orders.endPending(orderId, rejected ? 'cancelled' : 'expired');
    if (ended && rejected) {
      await this.notices.rejected(orderId, payment?.rejectReason ?? '');
    }
    await this.payments.markApplied(paymentId, ['failed', 'rejected']);
  }

  /** Refunded from Stripe's dashboard (or by us): tickets stop working, the seats go back on sale. */
  async refunded({ paymentId, orderId }: PaymentEventJob): Promise<void> {
    const voided = await this.db.transaction(async (manager) => {
      const [rows] = await manager.query<[unknown[], number]>(
        `UPDATE customer_order SET status = 'refunded', updated_at = now() WHERE id = $1 AND status IN ('paid', 'fulfilled') RETURNING id`,
        [orderId],
      );
      if (rows.length === 0) return undefined;
      const changed = await voidTicketsOfOrder(manager, orderId);
      await this.holds.release(manager, await manager.findBy(OrderItem, { orderId }));
      return changed;
    });
    this.ticketsChanged.changed(voided);
    await this.payments.markApplied(paymentId, ['refunded']);
  }
}
