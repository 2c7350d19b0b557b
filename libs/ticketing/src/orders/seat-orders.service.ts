import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, badRequest, DomainError } from '@guichet/common';
import { PaymentsService, PaymentView } from '@guichet/payments';
import { AuthUser, UsersService } from '@guichet/users';
import { DataSource, EntityManager } from 'typeorm';
import { MAX_SEATS_PER_ORDER, SeatItemDto } from './dto/create-order.dto';
import { OrderItem } from './order-item.entity';
import { Order } from './order.entity';
import { OrdersService } from './orders.service';
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
export class SeatOrdersService {
  private readonly logger = new Logger(SeatOrdersService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly holds: SeatHoldsService,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Holds the seats and creates the order in ONE transaction (the conditional updates make overselling
   * impossible), then creates the Stripe checkout after the commit, outside any lock.
   */
  async create(caller: AuthUser, items: SeatItemDto[], paymentMethod: string): Promise<{ order: OrderView; payment: PaymentView }> {
    const requests = this.validate(items, paymentMethod);
    const expiresAt = new Date(Date.now() + this.config.SEAT_HOLD_MINUTES * 60_000);
    const { order, items: saved } = await this.db.transaction((manager) => this.holdSeats(manager, caller, requests, expiresAt));
    try {
      const customer = await this.users.get(caller.id);
      const payment = await this.payments.createStripeCheckout({
        orderId: order.id,
        customerId: caller.id,
        customerEmail: customer.email,
        clubId: order.clubId as string,
        currency: order.currency,
        holdExpiresAt: expiresAt,
        lines: saved.map((item) => ({ name: item.label, unitAmount: item.unitAmount, quantity: item.quantity })),
      });
      return { order: orderView(order, saved, payment), payment };
    } catch (error) {
      // No checkout, no sale: give the seats back at once rather than at expiry.
      await this.orders.endPending(order.id, 'cancelled');
      throw error instanceof DomainError ? error : this.paymentUnavailable(error);
    }
  }

  private validate(items: SeatItemDto[], paymentMethod: string): SeatRequest[] {
    const seats = items.reduce((sum, item) => sum + item.quantity, 0);
    if (seats > MAX_SEATS_PER_ORDER) {
      throw badRequest('too-many-seats', 'Too many seats', `At most ${MAX_SEATS_PER_ORDER} seats per order.`, [
        { field: 'items', message: `at most ${MAX_SEATS_PER_ORDER} seats in one order (asked for ${seats})` },
      ]);
    }
    if (paymentMethod !== 'stripe') {
      throw badRequest('validation', 'Invalid request', 'Seats are paid by card.', [
        { field: 'paymentMethod', message: 'seats are paid with "stripe"' },
      ]);
    }
    return mergeSeatItems(items);
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
