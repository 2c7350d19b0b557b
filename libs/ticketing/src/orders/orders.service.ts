import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound, Page, PageQuery, pageOf } from '@guichet/common';
import { PaymentsService, PaymentView } from '@guichet/payments';
import { AuthUser, Role } from '@guichet/users';
import { DataSource, In } from 'typeorm';
import { CheckoutLinks } from '../checkout/checkout-links';
import { OrderItem } from './order-item.entity';
import { Order, OrderStatus } from './order.entity';
import { OrderView, orderView } from './order-view';
import { SeatHoldsService } from './seat-holds.service';
import { ticketingError } from '../ticketing.errors';

/** Reading, cancelling and ending orders of both kinds; creating them is SeatOrders' and ContentOrders' job. */
@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly holds: SeatHoldsService,
    private readonly payments: PaymentsService,
    private readonly links: CheckoutLinks,
  ) {}

  async get(caller: AuthUser, id: string): Promise<OrderView> {
    const order = await this.db.manager.findOneBy(Order, { id });
    const allowed =
      order &&
      (order.customerId === caller.id ||
        caller.role === Role.Admin ||
        (caller.role === Role.Organizer && order.clubId !== null && order.clubId === caller.clubId));
    // Someone else's order answers like a missing one: its existence is not the caller's business.
    if (!order || !allowed) throw notFound('Order');
    const items = await this.db.manager.findBy(OrderItem, { orderId: id });
    return orderView(order, items, (await this.payments.forOrder(id)) ?? this.notYetOpened(order));
  }

  /** A card order whose buyer has not opened the payment link yet: no Stripe session exists, our link does. */
  private notYetOpened(order: Order): PaymentView | undefined {
    if (order.paymentMethod !== 'stripe' || order.status !== 'pending') return undefined;
    return this.links.pendingPayment(order.id, { amount: order.totalAmount, currency: order.currency });
  }

  async listMine(caller: AuthUser, query: PageQuery): Promise<Page<OrderView>> {
    const [orders, total] = await this.db.manager.findAndCount(Order, {
      where: { customerId: caller.id },
      order: { createdAt: 'DESC' },
      skip: query.offset,
      take: query.pageSize,
    });
    const items = orders.length ? await this.db.manager.findBy(OrderItem, { orderId: In(orders.map((order) => order.id)) }) : [];
    return pageOf(
      orders.map((order) =>
        orderView(
          order,
          items.filter((item) => item.orderId === order.id),
        ),
      ),
      total,
      query,
    );
  }

  /** The buyer gives up a pending order: seats go back on sale and the checkout is closed. */
  async cancel(caller: AuthUser, id: string): Promise<OrderView> {
    const order = await this.db.manager.findOneBy(Order, { id, customerId: caller.id });
    if (!order) throw notFound('Order');
    const ended = await this.endPending(id, 'cancelled');
    if (!ended) throw ticketingError('not-cancellable', `It is ${order.status}.`);
    await this.payments.closeCheckout(id, 'cancelled by the buyer');
    return this.get(caller, id);
  }

  /** pending → expired|cancelled with its seats released, in one transaction; false if it was not pending. */
  async endPending(orderId: string, status: Extract<OrderStatus, 'expired' | 'cancelled'>): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [rows] = await manager.query<[unknown[], number]>(
        `UPDATE customer_order SET status = $2, updated_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
        [orderId, status],
      );
      if (rows.length === 0) return false;
      await this.holds.release(manager, await manager.findBy(OrderItem, { orderId }));
      return true;
    });
  }
}
