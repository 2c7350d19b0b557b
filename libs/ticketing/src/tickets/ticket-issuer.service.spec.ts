import type { AuthUser } from '@guichet/users';
import { Role } from '@guichet/users';
import { registerCustomer } from '../../../../test/support/accounts';
import type { Organizer } from '../../../../test/support/club-fixtures';
import { createMatch } from '../../../../test/support/club-fixtures';
import { eventually } from '../../../../test/support/eventually';
import type { SellingApp } from '../../../../test/support/selling-club';
import { sellingClub, startSellingApp } from '../../../../test/support/selling-club';
import { SeatItemDto } from '../orders/dto/create-order.dto';
import { SeatOrdersService } from '../orders/seat-orders.service';
import { TicketIssuerService } from './ticket-issuer.service';

/** Ticket issuing on the run's real Postgres: one ticket per seat, whoever issues and however often. */
describe('TicketIssuerService', () => {
  let selling: SellingApp;
  let issuer: TicketIssuerService;
  let seatOrders: SeatOrdersService;
  let organizer: Organizer;
  let standId: string;

  beforeAll(async () => {
    selling = await startSellingApp();
    issuer = selling.t.app.get(TicketIssuerService);
    seatOrders = selling.t.app.get(SeatOrdersService);
    const club = await sellingClub(selling.t.url, selling.fake);
    organizer = club.organizer;
    standId = club.stand.id;
  });
  afterAll(() => selling.close());

  const pendingOrder = async (quantity: number) => {
    const matchId = (await createMatch(selling.t.url, organizer, [{ standId, quota: 20 }])).id;
    const caller: AuthUser = { id: (await registerCustomer(selling.t.url)).user.id, role: Role.Customer };
    const item = Object.assign(new SeatItemDto(), { type: 'seat', matchId, standId, quantity });
    return (await seatOrders.create(caller, [item], 'stripe')).order.id;
  };
  const ticketsOf = (orderId: string): Promise<{ seat_number: number; code: string; status: string }[]> =>
    selling.db.query('SELECT seat_number, code, status FROM ticket WHERE order_id = $1 ORDER BY seat_number', [orderId]);

  it('issues nothing for an order that is not paid', async () => {
    const orderId = await pendingOrder(2);
    await issuer.issue(orderId);
    expect(await ticketsOf(orderId)).toEqual([]);
  });

  it('issues one valid ticket per seat with distinct codes, and nothing more when issued again at the same time', async () => {
    const orderId = await pendingOrder(3);
    await selling.db.query(`UPDATE customer_order SET status = 'paid', paid_at = now() WHERE id = $1`, [orderId]);
    await Promise.all([issuer.issue(orderId), issuer.issue(orderId), issuer.issue(orderId)]);
    await issuer.issue(orderId);
    const tickets = await ticketsOf(orderId);
    expect(tickets.map((ticket) => [ticket.seat_number, ticket.status])).toEqual([
      [1, 'valid'],
      [2, 'valid'],
      [3, 'valid'],
    ]);
    expect(new Set(tickets.map((ticket) => ticket.code)).size).toBe(3);
    const [{ status }] = await selling.db.query<{ status: string }[]>('SELECT status FROM customer_order WHERE id = $1', [orderId]);
    expect(status).toBe('fulfilled');
  });

  it('mails the buyer one QR code per seat', async () => {
    const orderId = await pendingOrder(2);
    const [{ email }] = await selling.db.query<{ email: string }[]>(
      'SELECT u.email FROM customer_order o JOIN app_user u ON u.id = o.customer_id WHERE o.id = $1',
      [orderId],
    );
    await selling.db.query(`UPDATE customer_order SET status = 'paid', paid_at = now() WHERE id = $1`, [orderId]);
    await issuer.issue(orderId);
    const mail = await eventually(
      () => Promise.resolve(selling.t.smtp.messages.find((message) => JSON.stringify(message.to ?? '').includes(email))),
      20000,
      'tickets mail',
    );
    expect(mail.attachments.filter((file) => file.contentType === 'image/png')).toHaveLength(2);
  });
});
