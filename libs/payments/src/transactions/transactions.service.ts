import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Currency, Page, pageOf } from '@guichet/common';
import { ClubsService, UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';
import { paymentsError } from '../payments.errors';
import { PaymentProvider, PaymentStatus } from '../payments/payment.entity';
import { TransactionFilter, TransactionListQuery } from './transaction-list.query';
import { TransactionView } from './transaction.view';

/** More rows than this in one export: the admin is asked to narrow the filters (the file is built in memory). */
export const CSV_MAX_ROWS = 20_000;

interface Row {
  id: string;
  order_id: string;
  customer_id: string;
  club_id: string | null;
  provider: PaymentProvider;
  status: PaymentStatus;
  amount: number;
  currency: Currency;
  reference: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The payment history for admins, filtered the same way for the screen and the CSV export. */
@Injectable()
export class TransactionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly clubs: ClubsService,
  ) {}

  async list(query: TransactionListQuery): Promise<Page<TransactionView>> {
    const { where, params } = whereOf(query);
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total FROM payment p ${where}`, params);
    const offset = (query.page - 1) * query.pageSize;
    const rows: Row[] = await this.db.query(`${SELECT} ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT ${query.pageSize} OFFSET ${offset}`, params);
    return pageOf(await this.views(rows), total, query);
  }

  /** Every transaction that matches, newest first, for the export; refused past CSV_MAX_ROWS. */
  async all(filter: TransactionFilter): Promise<TransactionView[]> {
    const { where, params } = whereOf(filter);
    const rows: Row[] = await this.db.query(`${SELECT} ${where} ORDER BY p.created_at DESC, p.id DESC LIMIT ${CSV_MAX_ROWS + 1}`, params);
    if (rows.length > CSV_MAX_ROWS) {
      throw paymentsError('too-many-rows', `More than ${CSV_MAX_ROWS} match: choose a shorter date range or more filters.`);
    }
    return this.views(rows);
  }

  /** Buyers and clubs come from the users lib's read methods (payments owns only its own tables). */
  private async views(rows: Row[]): Promise<TransactionView[]> {
    const [contacts, clubNames] = await Promise.all([
      this.users.contacts(rows.map((row) => row.customer_id)),
      this.clubs.names(rows.flatMap((row) => (row.club_id ? [row.club_id] : []))),
    ]);
    return rows.map((row) => {
      const contact = contacts.get(row.customer_id);
      return {
        id: row.id,
        orderId: row.order_id,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
        status: row.status,
        // Seat orders are paid to a club; films and series to the platform (no club).
        kind: row.club_id ? 'seat' : 'content',
        method: row.provider,
        amount: { amount: row.amount, currency: row.currency },
        reference: row.reference,
        customer: contact ? { id: contact.id, username: contact.username, displayName: contact.displayName } : null,
        club: row.club_id ? { id: row.club_id, name: clubNames.get(row.club_id) ?? '' } : null,
      };
    });
  }
}

const SELECT = `SELECT p.id, p.order_id, p.customer_id, p.club_id, p.provider, p.status, p.amount, p.currency, p.reference, p.created_at, p.updated_at FROM payment p`;

function whereOf(filter: TransactionFilter): { where: string; params: unknown[] } {
  const from = filter.from ? new Date(filter.from) : undefined;
  const to = filter.to ? new Date(filter.to) : undefined;
  if (from && to && from >= to) {
    throw paymentsError('validation', 'The start of the range must be before its end.', { errors: [{ field: 'from', message: 'from must be before to' }] });
  }
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (from) conditions.push(`p.created_at >= $${params.push(from)}`);
  if (to) conditions.push(`p.created_at < $${params.push(to)}`);
  if (filter.status) conditions.push(`p.status = $${params.push(filter.status)}`);
  if (filter.method) conditions.push(`p.provider = $${params.push(filter.method)}`);
  if (filter.kind) conditions.push(filter.kind === 'seat' ? 'p.club_id IS NOT NULL' : 'p.club_id IS NULL');
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
