import type { DomainError } from '@guichet/common';
import type { AuthUser } from '@guichet/users';
import { Role } from '@guichet/users';
import { registerCustomer } from '../../../../test/support/accounts';
import type { Organizer } from '../../../../test/support/club-fixtures';
import { createMatch } from '../../../../test/support/club-fixtures';
import type { SellingApp } from '../../../../test/support/selling-club';
import { sellingClub, startSellingApp } from '../../../../test/support/selling-club';
import { SeatItemDto } from '../orders/dto/create-order.dto';
import { SeatOrdersService } from '../orders/seat-orders.service';
import { MatchOrdersQuery } from './match-orders.dto';
import { MatchOrdersService } from './match-orders.service';

/** What an organizer reads about one match's orders, on the service against the run's real Postgres. */
describe('MatchOrdersService', () => {
  let selling: SellingApp;
  let service: MatchOrdersService;
  let seatOrders: SeatOrdersService;
  let organizer: Organizer;
  let staff: AuthUser;
  let standId: string;

  beforeAll(async () => {
    selling = await startSellingApp();
    service = selling.t.app.get(MatchOrdersService);
    seatOrders = selling.t.app.get(SeatOrdersService);
    const club = await sellingClub(selling.t.url, selling.fake);
    organizer = club.organizer;
    staff = { id: organizer.user.id, role: Role.Organizer, clubId: organizer.club.id };
    standId = club.stand.id;
  });
  afterAll(() => selling.close());

  const query = (fields: Partial<MatchOrdersQuery> = {}) => Object.assign(new MatchOrdersQuery(), fields);
  const seat = (matchId: string, quantity: number) => Object.assign(new SeatItemDto(), { type: 'seat', matchId, standId, quantity });
  const newMatch = async () => (await createMatch(selling.t.url, organizer, [{ standId, quota: 20 }])).id;
  /** An order placed through the real service, then moved to `status` as the payment flow would. */
  const order = async (items: SeatItemDto[], status: string) => {
    const buyer = await registerCustomer(selling.t.url, { displayName: 'Awa Ndiaye' });
    const placed = await seatOrders.create({ id: buyer.user.id, role: Role.Customer }, items, 'stripe');
    await selling.db.query(`UPDATE customer_order SET status = $2, paid_at = now() WHERE id = $1`, [placed.order.id, status]);
    return { orderId: placed.order.id, buyer };
  };
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: DomainError) => error,
    );

  it("counts only this match's seats of an order that also holds another match", async () => {
    const [home, next] = [await newMatch(), await newMatch()];
    const { orderId, buyer } = await order([seat(home, 2), seat(next, 3)], 'fulfilled');
    const page = await service.list(staff, home, query());
    expect(page.items).toEqual([
      expect.objectContaining({
        id: orderId,
        status: 'fulfilled',
        buyer: { id: buyer.user.id, displayName: 'Awa Ndiaye', email: buyer.user.email },
        seats: 2,
        amount: { amount: 3000, currency: 'EUR' },
        stands: [expect.objectContaining({ standId, seats: 2 })],
      }),
    ]);
    expect(page.totals).toEqual({ orders: 1, seats: 2, revenue: [{ amount: 3000, currency: 'EUR' }] });
    expect((await service.list(staff, next, query())).totals.seats).toBe(3);
  });

  it('leaves refunded and unpaid orders out by default and lists refunded ones on request', async () => {
    const matchId = await newMatch();
    await order([seat(matchId, 1)], 'paid');
    const refunded = await order([seat(matchId, 2)], 'refunded');
    await seatOrders.create({ id: (await registerCustomer(selling.t.url)).user.id, role: Role.Customer }, [seat(matchId, 4)], 'stripe');
    expect((await service.list(staff, matchId, query())).totals).toEqual({ orders: 1, seats: 1, revenue: [{ amount: 1500, currency: 'EUR' }] });
    const onlyRefunded = await service.list(staff, matchId, query({ status: 'refunded' }));
    expect(onlyRefunded.items.map((item) => item.id)).toEqual([refunded.orderId]);
    expect(onlyRefunded.total).toBe(1);
  });

  it("refuses another club's organizer and answers 404 for an unknown match", async () => {
    const matchId = await newMatch();
    const outsider: AuthUser = { id: organizer.user.id, role: Role.Organizer, clubId: '00000000-0000-4000-8000-000000000000' };
    expect(await failure(service.list(outsider, matchId, query()))).toMatchObject({ status: 403 });
    expect(await failure(service.list(staff, '00000000-0000-4000-8000-000000000000', query()))).toMatchObject({ status: 404 });
    expect((await service.list({ id: organizer.user.id, role: Role.Admin }, matchId, query())).items).toEqual([]);
  });
});
