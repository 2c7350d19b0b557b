import { TicketKeysService } from '@guichet/ticketing';
import type { AuthUser } from '@guichet/users';
import { Role } from '@guichet/users';
import { registerCustomer } from '../../../../test/support/accounts';
import { mintTickets } from '../../../../test/support/access/entrance';
import type { Organizer } from '../../../../test/support/club-fixtures';
import { createMatch } from '../../../../test/support/club-fixtures';
import type { SellingApp } from '../../../../test/support/selling-club';
import { sellingClub, startSellingApp } from '../../../../test/support/selling-club';
import { ScansService } from './scans.service';

/** "A ticket is used once": the scan's decisions, called on the service against the run's real Postgres. */
describe('ScansService', () => {
  let selling: SellingApp;
  let scans: ScansService;
  let keys: TicketKeysService;
  let organizer: Organizer;
  let staff: AuthUser;
  let target: { clubId: string; matchId: string; standId: string; customerId: string };

  beforeAll(async () => {
    selling = await startSellingApp();
    scans = selling.t.app.get(ScansService);
    keys = selling.t.app.get(TicketKeysService);
    const club = await sellingClub(selling.t.url, selling.fake);
    organizer = club.organizer;
    staff = { id: organizer.user.id, role: Role.Organizer, clubId: organizer.club.id };
    const customer = await registerCustomer(selling.t.url);
    target = { clubId: organizer.club.id, matchId: club.match.id, standId: club.stand.id, customerId: customer.user.id };
  });
  afterAll(() => selling.close());

  it('admits a ticket once and then says when it was used', async () => {
    const [ticket] = await mintTickets(selling.db, keys, target, 1);
    const first = await scans.scan({ staff }, { code: ticket.code });
    const second = await scans.scan({ staff }, { code: ticket.code });
    expect(first.status).toBe('ok');
    expect(second.status).toBe('already_used');
    expect(second.usedAt).toEqual(expect.any(String));
    const [row] = await selling.db.query<{ status: string }[]>('SELECT status, used_at FROM ticket WHERE id = $1', [ticket.id]);
    expect(row.status).toBe('used');
  });

  it('lets exactly one of eight simultaneous scans of the same ticket in, and logs all eight', async () => {
    const [ticket] = await mintTickets(selling.db, keys, target, 1);
    const answers = await Promise.all(Array.from({ length: 8 }, () => scans.scan({ staff }, { code: ticket.code })));
    expect(answers.filter((answer) => answer.status === 'ok')).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 'already_used')).toHaveLength(7);
    const [{ count }] = await selling.db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM scan WHERE ticket_id = $1', [ticket.id]);
    expect(count).toBe(8);
  });

  it('answers scans arriving together from few statements, each with its own verdict, each ticket in once', async () => {
    const tickets = await mintTickets(selling.db, keys, target, 12);
    const codes = [...tickets, ...tickets].map((ticket) => ticket.code).concat(['unknown-1', 'unknown-2', 'unknown-3']);
    const answers = await Promise.all(codes.map((code) => scans.scan({ staff }, { code })));
    expect(answers.filter((answer) => answer.status === 'ok')).toHaveLength(12);
    expect(answers.filter((answer) => answer.status === 'already_used')).toHaveLength(12);
    expect(answers.slice(24).map((answer) => answer.status)).toEqual(['invalid', 'invalid', 'invalid']);
    for (const [index, ticket] of tickets.entries()) {
      const pair = [answers[index], answers[index + 12]];
      expect(pair.map((answer) => answer.ticket?.id)).toEqual([ticket.id, ticket.id]);
      // The one let in second is told when the first went in.
      const admitted = pair.find((answer) => answer.status === 'ok');
      expect(pair.find((answer) => answer.status === 'already_used')?.usedAt).toBe(admitted?.ticket?.usedAt);
    }
    const ids = tickets.map((ticket) => ticket.id);
    const [{ used }] = await selling.db.query<{ used: number }[]>(`SELECT count(*)::int AS used FROM ticket WHERE id = ANY($1) AND status = 'used'`, [ids]);
    expect(used).toBe(12);
    // now() is the statement's transaction time: the 24 log rows came from a few grouped statements.
    const [log] = await selling.db.query<{ rows: number; statements: number }[]>(
      'SELECT count(*)::int AS rows, count(DISTINCT scanned_at)::int AS statements FROM scan WHERE ticket_id = ANY($1)',
      [ids],
    );
    expect(log.rows).toBe(24);
    expect(log.statements).toBeLessThan(10);
  });

  it('does not keep the other scans waiting behind one whose ticket is locked elsewhere', async () => {
    const [held, free] = await mintTickets(selling.db, keys, target, 2);
    const elsewhere = selling.db.createQueryRunner();
    await elsewhere.connect();
    await elsewhere.startTransaction();
    try {
      await elsewhere.query('SELECT 1 FROM ticket WHERE id = $1 FOR UPDATE', [held.id]);
      const blocked = scans.scan({ staff }, { code: held.code });
      const tooLate = new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 3 s'), 3000));
      expect(await Promise.race([scans.scan({ staff }, { code: free.code }).then((answer) => answer.status), tooLate])).toBe('ok');
      await elsewhere.commitTransaction();
      expect((await blocked).status).toBe('ok');
    } finally {
      await elsewhere.release();
    }
  });

  it('refuses an unknown code, an unpaid order, another match and another club, without using the ticket', async () => {
    expect((await scans.scan({ staff }, { code: 'not-a-ticket-code' })).status).toBe('invalid');
    const [unpaid] = await mintTickets(selling.db, keys, target, 1, 'pending');
    expect((await scans.scan({ staff }, { code: unpaid.code })).status).toBe('not_paid');
    const other = await createMatch(selling.t.url, organizer, [{ standId: target.standId, quota: 10 }]);
    const [ticket] = await mintTickets(selling.db, keys, target, 1);
    expect((await scans.scan({ staff }, { code: ticket.code, matchId: other.id })).status).toBe('wrong_match');
    const stranger: AuthUser = { id: staff.id, role: Role.Organizer, clubId: '00000000-0000-4000-8000-000000000000' };
    expect((await scans.scan({ staff: stranger }, { code: ticket.code })).status).toBe('wrong_club');
    const [row] = await selling.db.query<{ status: string }[]>('SELECT status FROM ticket WHERE id = $1', [ticket.id]);
    expect(row.status).toBe('valid');
  });

  it('refuses a void ticket', async () => {
    const [ticket] = await mintTickets(selling.db, keys, target, 1);
    await selling.db.query(`UPDATE ticket SET status = 'void' WHERE id = $1`, [ticket.id]);
    expect((await scans.scan({ staff }, { code: ticket.code })).status).toBe('void');
  });

  it('does not let a customer scan', async () => {
    const customer: AuthUser = { id: target.customerId, role: Role.Customer };
    await expect(scans.scan({ staff: customer }, { code: 'whatever' })).rejects.toMatchObject({ status: 403 });
  });
});
