import { randomUUID } from 'node:crypto';
import type { DomainError } from '@guichet/common';
import type { AuthUser } from '@guichet/users';
import { Role } from '@guichet/users';
import { registerCustomer } from '../../../../test/support/accounts';
import type { Organizer } from '../../../../test/support/club-fixtures';
import { createMatch, createStand } from '../../../../test/support/club-fixtures';
import type { SellingApp } from '../../../../test/support/selling-club';
import { sellingClub, startSellingApp } from '../../../../test/support/selling-club';
import { SeatItemDto } from './dto/create-order.dto';
import { SeatOrdersService } from './seat-orders.service';

/** The seat hold's decisions, called on the service itself against the run's real Postgres. */
describe('SeatOrdersService', () => {
  let selling: SellingApp;
  let orders: SeatOrdersService;
  let organizer: Organizer;
  let standId: string;

  const buyer = async (): Promise<AuthUser> => ({ id: (await registerCustomer(selling.t.url)).user.id, role: Role.Customer });
  const seat = (matchId: string, quantity: number, stand = standId): SeatItemDto =>
    Object.assign(new SeatItemDto(), { type: 'seat', matchId, standId: stand, quantity });
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'held',
      (error: DomainError) => error.code ?? String(error),
    );

  beforeAll(async () => {
    selling = await startSellingApp();
    orders = selling.t.app.get(SeatOrdersService);
    const club = await sellingClub(selling.t.url, selling.fake);
    organizer = club.organizer;
    standId = club.stand.id;
  });
  afterAll(() => selling.close());

  const matchWithQuota = async (quota: number) => (await createMatch(selling.t.url, organizer, [{ standId, quota }])).id;

  it('never holds more seats than the quota when buyers race: 12 buyers for 5 seats, 5 held and 7 sold-out', async () => {
    const matchId = await matchWithQuota(5);
    const buyers = await Promise.all(Array.from({ length: 12 }, buyer));
    const outcomes = await Promise.all(buyers.map((caller) => codeOf(orders.create(caller, [seat(matchId, 1)], 'stripe'))));
    expect(outcomes.filter((outcome) => outcome === 'held')).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === 'sold-out')).toHaveLength(7);
    const [{ reserved }] = await selling.db.query<{ reserved: number }[]>('SELECT reserved FROM match_stand WHERE match_id = $1', [matchId]);
    expect(reserved).toBe(5);
  });

  it('places a pending order with its total and a payment link', async () => {
    const matchId = await matchWithQuota(10);
    const { order, payment } = await orders.create(await buyer(), [seat(matchId, 3)], 'stripe');
    expect(order).toMatchObject({ status: 'pending', total: { amount: 4500, currency: 'EUR' } });
    expect(payment.checkoutUrl).toContain(`/orders/${order.id}/pay`);
  });

  it('answers a retry with the same Idempotency-Key with the first order and holds nothing more', async () => {
    const matchId = await matchWithQuota(10);
    const caller = await buyer();
    const idempotencyKey = randomUUID();
    const [first, second] = await Promise.all([
      orders.create(caller, [seat(matchId, 2)], 'stripe', { idempotencyKey }),
      orders.create(caller, [seat(matchId, 2)], 'stripe', { idempotencyKey }),
    ]);
    expect(second.order.id).toBe(first.order.id);
    const [{ reserved }] = await selling.db.query<{ reserved: number }[]>('SELECT reserved FROM match_stand WHERE match_id = $1', [matchId]);
    expect(reserved).toBe(2);
  });

  it('answers a retry with the first order once the stand has sold out, and a new key with sold-out', async () => {
    const matchId = await matchWithQuota(2);
    const caller = await buyer();
    const idempotencyKey = randomUUID();
    const first = await orders.create(caller, [seat(matchId, 1)], 'stripe', { idempotencyKey });
    await orders.create(await buyer(), [seat(matchId, 1)], 'stripe');
    const retry = await orders.create(caller, [seat(matchId, 1)], 'stripe', { idempotencyKey });
    expect(retry.order).toMatchObject({ id: first.order.id, number: first.order.number, status: 'pending', total: first.order.total });
    expect(retry.payment.checkoutUrl).toBe(first.payment.checkoutUrl);
    expect(await codeOf(orders.create(caller, [seat(matchId, 1)], 'stripe', { idempotencyKey: randomUUID() }))).toBe('sold-out');
  });

  it('says how many seats are left when a buyer asks for more', async () => {
    const matchId = await matchWithQuota(2);
    const refused = await orders.create(await buyer(), [seat(matchId, 3)], 'stripe').catch((error: DomainError) => error);
    expect(refused).toMatchObject({ code: 'sold-out', status: 409, detail: 'Only 2 seats left in this stand.' });
  });

  it('refuses more than 10 seats, a payment method other than card, and a stand not open for the match', async () => {
    const matchId = await matchWithQuota(50);
    const caller = await buyer();
    expect(await codeOf(orders.create(caller, [seat(matchId, 6), seat(matchId, 5)], 'stripe'))).toBe('too-many-seats');
    expect(await codeOf(orders.create(caller, [seat(matchId, 1)], 'mobile_money'))).toBe('validation');
    const closedStand = await createStand(selling.t.url, organizer);
    const refused = await orders.create(caller, [seat(matchId, 1, closedStand.id)], 'stripe').catch((error: DomainError) => error);
    expect(refused).toMatchObject({ code: 'not-found', status: 404, title: 'Match or stand not found' });
  });
});
