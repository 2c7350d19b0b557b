import { randomUUID } from 'node:crypto';
import type { AuthUser } from '@guichet/users';
import { Role } from '@guichet/users';
import { registerCustomer } from '../../../../test/support/accounts';
import { eventually } from '../../../../test/support/eventually';
import type { Organizer } from '../../../../test/support/club-fixtures';
import { createMatch } from '../../../../test/support/club-fixtures';
import type { SellingApp } from '../../../../test/support/selling-club';
import { sellingClub, startSellingApp } from '../../../../test/support/selling-club';
import { SeatItemDto } from '../orders/dto/create-order.dto';
import { OrdersService } from '../orders/orders.service';
import { SeatOrdersService } from '../orders/seat-orders.service';
import { PaymentOutcomesService } from './payment-outcomes.service';

/**
 * What ticketing does when payments announces an outcome, called on the service against the run's real
 * Postgres (the worker in the same app issues the tickets). The payment id is one payments never saw:
 * these decisions are about the order, and an unknown payment reads as "not rejected".
 */
describe('PaymentOutcomesService', () => {
  let selling: SellingApp;
  let outcomes: PaymentOutcomesService;
  let seatOrders: SeatOrdersService;
  let orders: OrdersService;
  let organizer: Organizer;
  let standId: string;

  beforeAll(async () => {
    selling = await startSellingApp();
    outcomes = selling.t.app.get(PaymentOutcomesService);
    seatOrders = selling.t.app.get(SeatOrdersService);
    orders = selling.t.app.get(OrdersService);
    const club = await sellingClub(selling.t.url, selling.fake);
    organizer = club.organizer;
    standId = club.stand.id;
  });
  afterAll(() => selling.close());

  const order = async (quota: number, quantity: number) => {
    const matchId = (await createMatch(selling.t.url, organizer, [{ standId, quota }])).id;
    const caller: AuthUser = { id: (await registerCustomer(selling.t.url)).user.id, role: Role.Customer };
    const item = Object.assign(new SeatItemDto(), { type: 'seat', matchId, standId, quantity });
    const placed = await seatOrders.create(caller, [item], 'stripe');
    return { caller, matchId, orderId: placed.order.id };
  };
  const statusOf = async (orderId: string): Promise<string> =>
    (await selling.db.query<{ status: string }[]>('SELECT status FROM customer_order WHERE id = $1', [orderId]))[0].status;
  const reserved = async (matchId: string): Promise<number> =>
    (await selling.db.query<{ reserved: number }[]>('SELECT reserved FROM match_stand WHERE match_id = $1', [matchId]))[0].reserved;
  const tickets = async (orderId: string): Promise<number> =>
    (await selling.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM ticket WHERE order_id = $1', [orderId]))[0].n;

  it('fulfils a paid order once, even when the success is announced twice', async () => {
    const { orderId } = await order(10, 2);
    const paymentId = randomUUID();
    await outcomes.succeeded({ paymentId, orderId });
    await outcomes.succeeded({ paymentId, orderId });
    await eventually(async () => (await statusOf(orderId)) === 'fulfilled', 20000, 'order fulfilled');
    expect(await tickets(orderId)).toBe(2);
  });

  it('accepts a payment that lands after the hold lapsed when the seats can be taken again', async () => {
    const { orderId, matchId } = await order(10, 3);
    await orders.endPending(orderId, 'expired');
    expect(await reserved(matchId)).toBe(0);
    await outcomes.succeeded({ paymentId: randomUUID(), orderId });
    expect(['paid', 'fulfilled']).toContain(await statusOf(orderId));
    expect(await reserved(matchId)).toBe(3);
  });

  it('ends a pending order whose checkout failed and gives its seats back', async () => {
    const { orderId, matchId } = await order(10, 4);
    expect(await reserved(matchId)).toBe(4);
    await outcomes.failed({ paymentId: randomUUID(), orderId });
    expect(await statusOf(orderId)).toBe('expired');
    expect(await reserved(matchId)).toBe(0);
  });

  it('on a refund voids the tickets and puts the seats back on sale, once', async () => {
    const { orderId, matchId } = await order(10, 2);
    await outcomes.succeeded({ paymentId: randomUUID(), orderId });
    await eventually(async () => (await statusOf(orderId)) === 'fulfilled', 20000, 'order fulfilled');
    await outcomes.refunded({ paymentId: randomUUID(), orderId });
    await outcomes.refunded({ paymentId: randomUUID(), orderId });
    expect(await statusOf(orderId)).toBe('refunded');
    expect(await reserved(matchId)).toBe(0);
    const [{ n }] = await selling.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ticket WHERE order_id = $1 AND status = 'void'`, [orderId]);
    expect(n).toBe(2);
  });
});
