import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, badRequest, DomainError, notFound, Page, PageQuery, pageOf } from '@guichet/common';
import { PaymentsService } from '@guichet/payments';
import { AuthUser, Role, UsersService } from '@guichet/users';
import { DataSource, EntityManager, In } from 'typeorm';
import { CreateOrderDto, MAX_SEATS_PER_ORDER, SeatItemDto } from './dto/create-order.dto';
import { OrderItem } from './order-item.entity';
import { Order, OrderStatus } from './order.entity';
import { OrderView, orderView } from './order-view';
import { SeatHoldsService, SeatRequest } from './seat-holds.service';

const kickoffLabel = (date: Date) =>
  date.toLocaleString('fr-BE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' });

/** Adds up repeated lines for the same stand, so a stand is locked once per order. */
function mergeSeatItems(items: SeatItemDto[]): SeatRequest[] {
  const merged = new Map<string, SeatRequest>();
  for (const item of items) {
    const key = `${item.matchId}/${item.standId}`;
    const existing = merged.get(key);
    merged.set(key, { matchId: item.matchId, standId: item.standId, quantity: (existing?.quantity ?? 0) + item.quantity });
  }
  // A fixed locking order keeps two orders on the same stands from deadlocking each other.
  return [...merged.values()].sort((a, b) => `${a.matchId}/${a.standId}`.localeCompare(`${b.matchId}/${b.standId}`));
}

@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly holds: SeatHoldsService,
    private readonly payments: PaymentsService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Holds the seats and creates the order in ONE transaction (the conditional updates make overselling
   * impossible), then creates the Stripe checkout after the commit, outside any lock.
   */
  async create(caller: AuthUser, dto: CreateOrderDto): Promise<{ order: OrderView; payment: unknown }> {
    const requests = this.validate(dto);
    const expiresAt = new Date(Date.now() + this.config.SEAT_HOLD_MINUTES * 60_000);
    const { order, items } = await this.db.transaction((manager) => this.holdSeats(manager, caller, requests, expiresAt));
    try {
      const customer = await this.users.get(caller.id);
      const payment = await this.payments.createStripeCheckout({
        orderId: order.id,
        customerId: caller.id,
        customerEmail: customer.email,
        clubId: order.clubId as string,
        currency: order.currency,
        holdExpiresAt: expiresAt,
        lines: items.map((item) => ({ name: item.label, unitAmount: item.unitAmount, quantity: item.quantity })),
      });
      return { order: orderView(order, items, payment), payment };
    } catch (error) {
      // No checkout, no sale: give the seats back at once rather than at expiry.
      await this.endPending(order.id, 'cancelled');
      throw error instanceof DomainError ? error : this.paymentUnavailable(error);
    }
  }

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
    return orderView(order, items, await this.payments.forOrder(id));
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
      orders.map((order) => orderView(order, items.filter((item) => item.orderId === order.id))),
      total,
      query,
    );
  }

  /** The buyer gives up a pending order: seats go back on sale and the checkout is closed. */
  async cancel(caller: AuthUser, id: string): Promise<OrderView> {
    const order = await this.db.manager.findOneBy(Order, { id, customerId: caller.id });
    if (!order) throw notFound('Order');
    const ended = await this.endPending(id, 'cancelled');
    if (!ended) throw new DomainError('not-cancellable', 409, 'This order can no longer be cancelled', `It is ${order.status}.`);
    await this.payments.closeCheckout(id, 'cancelled by the buyer');
    return this.get(caller, id);
  }

  /** pending → expired|cancelled with its seats released, in one transaction; false if it was not pending. */
  async endPending(orderId: string, status: Extract<OrderStatus, 'expired' | 'cancelled'>): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE customer_order SET status = $2, updated_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
        [orderId, status],
      );
      if ((rows as unknown[]).length === 0) return false;
      await this.holds.release(manager, await manager.findBy(OrderItem, { orderId }));
      return true;
    });
  }

  private validate(dto: CreateOrderDto): SeatRequest[] {
    const seats = dto.items.reduce((sum, item) => sum + item.quantity, 0);
    if (seats > MAX_SEATS_PER_ORDER) {
      throw badRequest('too-many-seats', 'Too many seats', `At most ${MAX_SEATS_PER_ORDER} seats per order.`, [
        { field: 'items', message: `at most ${MAX_SEATS_PER_ORDER} seats in one order (asked for ${seats})` },
      ]);
    }
    if (dto.paymentMethod !== 'stripe') {
      throw badRequest('validation', 'Invalid request', 'Seats are paid by card.', [
        { field: 'paymentMethod', message: 'seats are paid with "stripe"' },
      ]);
    }
    return mergeSeatItems(dto.items);
  }

  private async holdSeats(manager: EntityManager, caller: AuthUser, requests: SeatRequest[], expiresAt: Date) {
    const held = await this.holds.hold(manager, requests);
    const clubs = new Set(held.map((seats) => seats.clubId));
    const currencies = new Set(held.map((seats) => seats.currency));
    if (clubs.size > 1 || currencies.size > 1) {
      throw badRequest('one-club-per-order', 'One club per order', 'Buy the seats of each club in a separate order.');
    }
    const total = held.reduce((sum, seats, index) => sum + seats.unitAmount * requests[index].quantity, 0);
    const order = await manager.save(
      manager.create(Order, {
        customerId: caller.id,
        clubId: held[0].clubId,
        status: 'pending',
        paymentMethod: 'stripe',
        totalAmount: total,
        currency: held[0].currency,
        expiresAt,
      }),
    );
    const items = await manager.save(
      held.map((seats, index) =>
        manager.create(OrderItem, {
          orderId: order.id,
          kind: 'seat',
          matchId: seats.matchId,
          standId: seats.standId,
          quantity: requests[index].quantity,
          unitAmount: seats.unitAmount,
          currency: seats.currency,
          label: `${seats.standName} — vs ${seats.opponent}, ${kickoffLabel(new Date(seats.kickoffAt))}`,
        }),
      ),
    );
    return { order, items };
  }

  private paymentUnavailable(error: unknown): DomainError {
    this.logger.error({ err: error }, 'Creating the Stripe checkout failed');
    return new DomainError('payment-unavailable', 502, 'Payment is unavailable', 'The card payment service did not answer; your seats were released, try again.');
  }
}
