import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Currency } from '@guichet/common';
import { MatchesService } from '@guichet/catalogue';
import type { AuthUser } from '@guichet/users';
import { assertManagesClub, UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';
import type { MatchOrderPage, MatchOrdersQuery, MatchOrderStatus, MatchOrderView } from './match-orders.dto';
import { SOLD_STATUSES } from './match-orders.dto';

interface OrderRow {
  id: string;
  number: string;
  status: MatchOrderStatus;
  customerId: string;
  paidAt: Date | null;
  currency: Currency;
  amount: number;
  seats: number;
  stands: { standId: string; label: string; seats: number }[];
}

interface TotalRow {
  currency: Currency;
  orders: number;
  seats: number;
  // bigint: a season of XAF can pass 2^31 francs.
  amount: string;
}

// Only this match's seat items count: an order could hold seats of another match of the same club.
const MATCH_ITEMS = `FROM customer_order o JOIN order_item i ON i.order_id = o.id
  WHERE i.match_id = $1 AND i.kind = 'seat' AND o.status = ANY($2::text[])`;

/** The organizer's view of who bought seats for one match, and how much came in. */
@Injectable()
export class MatchOrdersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matches: MatchesService,
    private readonly users: UsersService,
  ) {}

  async list(caller: AuthUser, matchId: string, query: MatchOrdersQuery): Promise<MatchOrderPage> {
    const match = await this.matches.get(matchId);
    assertManagesClub(caller, match.club.id);
    const statuses: MatchOrderStatus[] = query.status ? [query.status] : [...SOLD_STATUSES];
    const [rows, totals] = await Promise.all([
      this.db.query<OrderRow[]>(
        `SELECT o.id, o.number, o.status, o.customer_id AS "customerId", o.paid_at AS "paidAt", o.currency,
                SUM(i.quantity * i.unit_amount)::int AS amount, SUM(i.quantity)::int AS seats,
                json_agg(json_build_object('standId', i.stand_id, 'label', i.label, 'seats', i.quantity) ORDER BY i.label) AS stands
         ${MATCH_ITEMS}
         GROUP BY o.id
         ORDER BY o.paid_at DESC NULLS LAST, o.number DESC
         LIMIT $3 OFFSET $4`,
        [matchId, statuses, query.pageSize, query.offset],
      ),
      this.db.query<TotalRow[]>(
        `SELECT i.currency, count(DISTINCT o.id)::int AS orders, SUM(i.quantity)::int AS seats, SUM(i.quantity * i.unit_amount)::bigint AS amount
         ${MATCH_ITEMS}
         GROUP BY i.currency ORDER BY i.currency`,
        [matchId, statuses],
      ),
    ]);
    const buyers = await this.users.contacts(rows.map((row) => row.customerId));
    const standNames = new Map(match.stands.map((stand) => [stand.standId, stand.name]));
    const items = rows.map((row): MatchOrderView => {
      const buyer = buyers.get(row.customerId);
      return {
        id: row.id,
        number: row.number,
        status: row.status,
        buyer: { id: row.customerId, displayName: buyer?.displayName ?? '', email: buyer?.email ?? null },
        // The stand's name today; the item's label (written at purchase) if the stand is no longer on the match.
        stands: row.stands.map((stand) => ({ standId: stand.standId, name: standNames.get(stand.standId) ?? stand.label, seats: stand.seats })),
        seats: row.seats,
        amount: { amount: row.amount, currency: row.currency },
        paidAt: row.paidAt?.toISOString() ?? null,
      };
    });
    const orders = totals.reduce((sum, row) => sum + row.orders, 0);
    return {
      items,
      page: query.page,
      pageSize: query.pageSize,
      total: orders,
      totals: {
        orders,
        seats: totals.reduce((sum, row) => sum + row.seats, 0),
        revenue: totals.map((row) => ({ amount: Number(row.amount), currency: row.currency })),
      },
    };
  }
}
