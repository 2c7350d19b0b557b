import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CatalogueStatsService } from '@guichet/catalogue';
import { PaymentStatsService } from '@guichet/payments';
import { DataSource } from 'typeorm';
import { AdminStatsQuery } from './admin-stats.dto';
import { ticketingError } from '../ticketing.errors';

const DAY_MS = 86_400_000;
const MAX_RANGE_DAYS = 366;

/** The console's dashboard: what exists, what was sold, what waits for an admin. */
@Injectable()
export class AdminStatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalogue: CatalogueStatsService,
    private readonly payments: PaymentStatsService,
  ) {}

  async stats(query: AdminStatsQuery) {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw ticketingError('validation', 'from must be before to.', { errors: [{ field: 'from', message: 'from must be before to' }] });
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) throw ticketingError('range-too-long', `At most ${MAX_RANGE_DAYS} days.`);
    const [counts, revenue, awaitingReview, recent, [tickets]] = await Promise.all([
      this.catalogue.counts(),
      this.payments.revenueByDay(from, to, query.timeZone ?? 'UTC'),
      this.payments.awaitingReview(),
      this.payments.recent(),
      this.db.query<{ issued: number; used: number }[]>(
        `SELECT count(*)::int AS issued, count(*) FILTER (WHERE status = 'used')::int AS used FROM ticket WHERE status <> 'void'`,
      ),
    ]);
    const totals = new Map<string, number>();
    for (const day of revenue) totals.set(day.currency, (totals.get(day.currency) ?? 0) + day.amount);
    return {
      range: { from: from.toISOString(), to: to.toISOString() },
      counts: { ...counts, ticketsIssued: tickets.issued, ticketsUsed: tickets.used },
      awaitingReview,
      revenue: { total: [...totals].map(([currency, amount]) => ({ amount, currency })), byDay: revenue },
      recentPayments: recent,
    };
  }
}
