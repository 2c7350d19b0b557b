import type { DomainError } from '@guichet/common';
import type { AuthUser } from '@guichet/users';
import { Role } from '@guichet/users';
import { registerCustomer } from '../../../../test/support/accounts';
import type { Organizer } from '../../../../test/support/club-fixtures';
import { createMatch } from '../../../../test/support/club-fixtures';
import type { SellingApp } from '../../../../test/support/selling-club';
import { sellingClub, startSellingApp } from '../../../../test/support/selling-club';
import { SeatItemDto } from './dto/create-order.dto';
import { OrdersService } from './orders.service';
import { SeatOrdersService } from './seat-orders.service';

/** Who sees an order and when it can be cancelled, on the service against the run's real Postgres. */
describe('OrdersService', () => {
  let selling: SellingApp;
  let orders: OrdersService;
  let seatOrders: SeatOrdersService;
  let organizer: Organizer;
  let standId: string;

  beforeAll(async () => {
    selling = await startSellingApp();
    orders = selling.t.app.get(OrdersService);
    seatOrders = selling.t.app.get(SeatOrdersService);
    const club = await sellingClub(selling.t.url, selling.fake);
    organizer = club.organizer;
    standId = club.stand.id;
  });
  afterAll(() => selling.close());

  const customer = async (): Promise<AuthUser> => ({ id: (await registerCustomer(selling.t.url)).user.id, role: Role.Customer });
  const reserved = async (matchId: string) =>
    (await selling.db.query<{ reserved: number }[]>('SELECT reserved FROM match_stand WHERE match_id = $1', [matchId]))[0].reserved;
  const placed = async (buyer: AuthUser, quantity: number) => {
    const matchId = (await createMatch(selling.t.url, organizer, [{ standId, quota: 10 }])).id;
    const item = Object.assign(new SeatItemDto(), { type: 'seat', matchId, standId, quantity });
    return { matchId, orderId: (await seatOrders.create(buyer, [item], 'stripe')).order.id };
  };
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: DomainError) => error,
    );

  it('shows an order to its buyer, its club and admins, and to nobody else (as if it did not exist)', async () => {
    const buyer = await customer();
    const { orderId } = await placed(buyer, 1);
    expect((await orders.get(buyer, orderId)).id).toBe(orderId);
    expect((await orders.get({ id: organizer.user.id, role: Role.Organizer, clubId: organizer.club.id }, orderId)).id).toBe(orderId);
    expect((await orders.get({ id: buyer.id, role: Role.Admin }, orderId)).id).toBe(orderId);
    expect(await failure(orders.get(await customer(), orderId))).toMatchObject({ code: 'not-found', status: 404 });
    expect(await failure(orders.get({ id: organizer.user.id, role: Role.Organizer, clubId: '00000000-0000-4000-8000-000000000000' }, orderId))).toMatchObject({
      status: 404,
    });
  });

  it('cancels a pending order once and puts its seats back on sale', async () => {
    const buyer = await customer();
    const { orderId, matchId } = await placed(buyer, 3);
    expect(await reserved(matchId)).toBe(3);
    expect((await orders.cancel(buyer, orderId)).status).toBe('cancelled');
    expect(await reserved(matchId)).toBe(0);
    expect(await failure(orders.cancel(buyer, orderId))).toMatchObject({ code: 'not-cancellable', status: 409, detail: 'It is cancelled.' });
  });

  it("refuses to cancel someone else's order", async () => {
    const { orderId, matchId } = await placed(await customer(), 2);
    expect(await failure(orders.cancel(await customer(), orderId))).toMatchObject({ code: 'not-found', status: 404 });
    expect(await reserved(matchId)).toBe(2);
  });

  it('ends a pending order once when two sweeps race, releasing its seats once', async () => {
    const { orderId, matchId } = await placed(await customer(), 2);
    const ended = await Promise.all([orders.endPending(orderId, 'expired'), orders.endPending(orderId, 'expired')]);
    expect(ended.sort()).toEqual([false, true]);
    expect(await reserved(matchId)).toBe(0);
  });
});
