import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@guichet/common';
import { PaymentView } from '@guichet/payments';
import { AuthUser } from '@guichet/users';
import { DataSource } from 'typeorm';
import { CheckoutLinks } from '../checkout/checkout-links';
import { MAX_SEATS_PER_ORDER, SeatItemDto } from './dto/create-order.dto';
import { HoldAdmission, Overloaded } from './hold-admission';
import { isIdempotencyKey } from './idempotency-key';
import { OrderItem } from './order-item.entity';
import { Order } from './order.entity';
import { OrdersService } from './orders.service';
import { OrderView, orderView } from './order-view';
import { HeldRow, HoldRow } from './seat-hold.sql';
import { SeatHoldsService, SeatRequest } from './seat-holds.service';
import { SellingClubs } from './selling-clubs';
import { ticketingError } from '../ticketing.errors';

export interface SeatOrderOptions {
  /** The buyer's `Idempotency-Key` (web forms render a random one, the bot derives one from the update). */
  idempotencyKey?: string;
}

/** Seats freed between a refused hold and its diagnosis: the hold is tried again, this many times at most. */
const REFUSAL_RETRIES = 2;

/** Adds up repeated lines for the same stand, so a stand is taken once per order. */
function mergeSeatItems(items: SeatItemDto[]): SeatRequest[] {
  const merged = new Map<string, SeatRequest>();
  for (const item of items) {
    const key = `${item.matchId}/${item.standId}`;
    const existing = merged.get(key);
    merged.set(key, { matchId: item.matchId, standId: item.standId, quantity: (existing?.quantity ?? 0) + item.quantity });
  }
  // A fixed order of the stands keeps two orders on the same stands from deadlocking each other.
  return [...merged.values()].sort((a, b) => `${a.matchId}/${a.standId}`.localeCompare(`${b.matchId}/${b.standId}`));
}

/** The order and its items as the hold statement returned them: no read after the commit. */
function heldOrder(rows: HeldRow[]): { order: Order; items: OrderItem[] } {
  const [first] = rows;
  const order = Object.assign(new Order(), {
    id: first.id,
    number: first.number,
    clubId: first.clubId,
    status: 'pending',
    paymentMethod: 'stripe',
    totalAmount: first.totalAmount,
    currency: first.currency,
    expiresAt: first.expiresAt,
    createdAt: first.createdAt,
    paidAt: null,
  });
  const items = rows.map((row) =>
    Object.assign(new OrderItem(), {
      orderId: row.id,
      kind: 'seat',
      matchId: row.matchId,
      standId: row.standId,
      quantity: row.quantity,
      unitAmount: row.unitAmount,
      currency: row.itemCurrency,
      label: row.label,
    }),
  );
  return { order, items };
}

const UNIQUE_VIOLATION = '23505';
/** pg-pool's message when no connection could be had in time. */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';

@Injectable()
export class SeatOrdersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly holds: SeatHoldsService,
    private readonly orders: OrdersService,
    private readonly admission: HoldAdmission,
    private readonly sellingClubs: SellingClubs,
    private readonly links: CheckoutLinks,
    private readonly config: AppConfig,
  ) {}

  /**
   * Holds the seats and places the order in one statement, and answers at once: the Stripe Checkout
   * Session is created only when the buyer opens `payment.checkoutUrl` (our `/orders/{id}/pay`).
   * With an idempotency key, a retry (also a concurrent one) answers the first order and holds nothing more.
   * Throws `Overloaded` (503, `retryAfterSeconds`) when the instance is at capacity.
   */
  async create(
    caller: AuthUser,
    items: SeatItemDto[],
    paymentMethod: string,
    options: SeatOrderOptions = {},
  ): Promise<{ order: OrderView; payment: PaymentView }> {
    const requests = this.validate(items, paymentMethod, options.idempotencyKey);
    // Every database call of the purchase runs inside the admission: a rush queues here, never on the pool.
    return this.admission.run(() =>
      this.place(caller, requests, options.idempotencyKey ?? null).catch((error: unknown) => {
        // No connection within the pool's timeout (a database starved of CPU): nothing ran, so the buyer
        // may retry with the same key; a 503 with Retry-After says so, where a 500 would not.
        throw error instanceof Error && error.message === POOL_TIMEOUT ? new Overloaded(2) : error;
      }),
    );
  }

  private async place(caller: AuthUser, requests: SeatRequest[], key: string | null): Promise<{ order: OrderView; payment: PaymentView }> {
    await this.sellingClubs.assertCanSell(requests[0].matchId);
    for (let attempt = 0; ; attempt++) {
      let rows: HoldRow[];
      try {
        rows = await this.holds.hold(caller.id, requests, this.config.SEAT_HOLD_MINUTES, key);
      } catch (error) {
        // Two requests with the same key raced: the loser's whole statement was rolled back.
        if (key && (error as { code?: string }).code === UNIQUE_VIOLATION)
          return (await this.replay(caller, key)) as { order: OrderView; payment: PaymentView };
        throw error;
      }
      const [first] = rows;
      // The key was used already: the statement took nothing and named that first order.
      if (first && first.id === null) return this.answered(caller, first.keyOrder);
      if (first) {
        const { order, items: held } = heldOrder(rows as HeldRow[]);
        const payment = this.links.pendingPayment(order.id, { amount: order.totalAmount, currency: order.currency });
        return { order: orderView(order, held, payment), payment };
      }
      const refusal = await this.holds.refusal(requests);
      if (refusal) throw refusal;
      if (attempt === REFUSAL_RETRIES) throw new Overloaded(1);
    }
  }

  /** The order already placed with this key by this buyer, as first answered. */
  private async replay(caller: AuthUser, key: string): Promise<{ order: OrderView; payment: PaymentView } | undefined> {
    const existing = await this.db.manager.findOne(Order, { where: { customerId: caller.id, idempotencyKey: key }, select: { id: true } });
    return existing ? this.answered(caller, existing.id) : undefined;
  }

  private async answered(caller: AuthUser, orderId: string): Promise<{ order: OrderView; payment: PaymentView }> {
    const order = await this.orders.get(caller, orderId);
    return { order, payment: order.payment as PaymentView };
  }

  private validate(items: SeatItemDto[], paymentMethod: string, idempotencyKey: string | undefined): SeatRequest[] {
    const seats = items.reduce((sum, item) => sum + item.quantity, 0);
    if (seats > MAX_SEATS_PER_ORDER) {
      throw ticketingError('too-many-seats', `At most ${MAX_SEATS_PER_ORDER} seats per order.`, {
        errors: [{ field: 'items', message: `at most ${MAX_SEATS_PER_ORDER} seats in one order (asked for ${seats})` }],
      });
    }
    if (paymentMethod !== 'stripe') {
      throw ticketingError('validation', 'Seats are paid by card.', { errors: [{ field: 'paymentMethod', message: 'seats are paid with "stripe"' }] });
    }
    if (idempotencyKey !== undefined && !isIdempotencyKey(idempotencyKey)) {
      throw ticketingError('validation', 'The Idempotency-Key header is 1 to 200 visible ASCII characters.', {
        errors: [{ field: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters' }],
      });
    }
    return mergeSeatItems(items);
  }
}
