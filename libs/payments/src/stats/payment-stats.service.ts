import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface RevenueDay {
  day: string;
  method: 'stripe' | 'mobile_money';
  currency: string;
  payments: number;
  amount: number;
  platformFee: number;
}

export interface RecentPayment {
  id: string;
  orderId: string;
  method: string;
  status: string;
  amount: { amount: number; currency: string };
  at: string;
}

/** Money actually received (succeeded, net of nothing refunded), by day and payment method. */
@Injectable()
export class PaymentStatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  revenueByDay(from: Date, to: Date, timeZone: string): Promise<RevenueDay[]> {
    return this.db.query(
      `SELECT to_char(date_trunc('day', updated_at AT TIME ZONE $3), 'YYYY-MM-DD') AS day, provider AS method, currency,
              count(*)::int AS payments, sum(amount)::int AS amount, sum(application_fee)::int AS "platformFee"
       FROM payment WHERE status = 'succeeded' AND updated_at >= $1 AND updated_at < $2
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [from, to, timeZone],
    );
  }

  async awaitingReview(): Promise<number> {
    const [{ count }] = await this.db.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM payment WHERE status = 'awaiting_review'`);
    return count;
  }

  async recent(limit = 10): Promise<RecentPayment[]> {
    const rows: { id: string; order_id: string; provider: string; status: string; amount: number; currency: string; updated_at: Date }[] = await this.db.query(
      'SELECT id, order_id, provider, status, amount, currency, updated_at FROM payment ORDER BY updated_at DESC LIMIT $1',
      [limit],
    );
    return rows.map((row) => ({
      id: row.id,
      orderId: row.order_id,
      method: row.provider,
      status: row.status,
      amount: { amount: row.amount, currency: row.currency },
      at: row.updated_at.toISOString(),
    }));
  }
}
