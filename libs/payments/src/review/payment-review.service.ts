import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, JobName, notFound, Page, pageOf } from '@guichet/common';
import { AuthUser, UserContact, UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';
import { PaymentEventsPublisher } from '../payments/payment-events.publisher';
import { transition } from '../payments/payment-transitions';
import { PaymentStatus } from '../payments/payment.entity';
import { PaymentListQuery } from './payment-review.dto';
import { ReviewEventsPublisher } from './review-events.publisher';
import { paymentsError } from '../payments.errors';

export interface ReviewedPayment {
  id: string;
  orderId: string;
  method: string;
  status: PaymentStatus;
  amount: { amount: number; currency: string };
  reference: string | null;
  customer: { id: string; displayName: string; username: string; email: string | null; phone: string | null };
  hasProof: boolean;
  proofUrl: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  createdAt: string;
  history: { from: string | null; to: string; reason: string | null; actorId: string | null; at: string }[];
}

interface Row {
  id: string;
  order_id: string;
  provider: string;
  status: PaymentStatus;
  amount: number;
  currency: string;
  reference: string | null;
  has_proof: boolean;
  customer_id: string;
  reviewed_by_id: string | null;
  reviewed_at: Date | null;
  reject_reason: string | null;
  created_at: Date;
  history: ReviewedPayment['history'];
}

const SELECT = `
  SELECT p.id, p.order_id, p.provider, p.status, p.amount, p.currency, p.reference, p.proof_key IS NOT NULL AS has_proof,
         p.customer_id, p.reviewed_by_id, p.reviewed_at, p.reject_reason, p.created_at,
         (SELECT coalesce(json_agg(json_build_object('from', c.from_status, 'to', c.to_status, 'reason', c.reason, 'actorId', c.actor_id, 'at', c.at) ORDER BY c.at, c.id), '[]')
          FROM payment_status_change c WHERE c.payment_id = p.id) AS history
  FROM payment p`;

const customerOf = (id: string, users: Map<string, UserContact>): ReviewedPayment['customer'] => {
  const user = users.get(id);
  // payment.customer_id references app_user: the account is there unless deleted in between.
  return { id, displayName: user?.displayName ?? '', username: user?.username ?? '', email: user?.email ?? null, phone: user?.phone ?? null };
};

/** The accounts are users' data: read through its service, once per page. */
const view = (row: Row, users: Map<string, UserContact>): ReviewedPayment => ({
  id: row.id,
  orderId: row.order_id,
  method: row.provider,
  status: row.status,
  amount: { amount: row.amount, currency: row.currency },
  reference: row.reference,
  customer: customerOf(row.customer_id, users),
  hasProof: row.has_proof,
  proofUrl: row.has_proof ? `/api/v1/admin/payments/${row.id}/proof` : null,
  reviewedBy: row.reviewed_by_id ? (users.get(row.reviewed_by_id)?.username ?? null) : null,
  reviewedAt: row.reviewed_at?.toISOString() ?? null,
  rejectReason: row.reject_reason,
  createdAt: row.created_at.toISOString(),
  history: row.history,
});

/** The admins' review queue and transaction history; each decision is recorded with who and when. */
@Injectable()
export class PaymentReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: PaymentEventsPublisher,
    private readonly reviewEvents: ReviewEventsPublisher,
    private readonly users: UsersService,
  ) {}

  private async views(rows: Row[]): Promise<ReviewedPayment[]> {
    const users = await this.users.contacts(rows.flatMap((row) => (row.reviewed_by_id ? [row.customer_id, row.reviewed_by_id] : [row.customer_id])));
    return rows.map((row) => view(row, users));
  }

  async list(query: PaymentListQuery): Promise<Page<ReviewedPayment>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.status) conditions.push(`p.status = $${params.push(query.status)}`);
    if (query.method) conditions.push(`p.provider = $${params.push(query.method)}`);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    // The review queue reads oldest first (first come, first served); history newest first.
    const order = query.status === 'awaiting_review' ? 'p.created_at ASC' : 'p.created_at DESC';
    const [{ total }] = await this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM payment p ${where}`, params);
    const rows: Row[] = await this.db.query(`${SELECT} ${where} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${query.offset}`, params);
    return pageOf(await this.views(rows), total, query);
  }

  async get(id: string): Promise<ReviewedPayment> {
    const [row]: Row[] = await this.db.query(`${SELECT} WHERE p.id = $1`, [id]);
    if (!row) throw notFound('Payment');
    const [reviewed] = await this.views([row]);
    return reviewed;
  }

  /** awaiting_review → succeeded once, whoever clicks first; the order is then fulfilled by ticketing. */
  async approve(admin: AuthUser, id: string): Promise<ReviewedPayment> {
    const approved = await this.db.transaction((manager) =>
      transition(
        manager,
        { id },
        {
          from: ['awaiting_review'],
          to: 'succeeded',
          set: { reviewedById: admin.id, reviewedAt: new Date() },
          reason: 'approved',
          actorId: admin.id,
        },
      ),
    );
    if (!approved) throw await this.notReviewable(id);
    await this.events.publish(JobName.PaymentSucceeded, { paymentId: approved.id, orderId: approved.orderId });
    await this.reviewEvents.reviewed({ paymentId: approved.id, orderId: approved.orderId, decision: 'approved' });
    return this.get(id);
  }

  async reject(admin: AuthUser, id: string, reason: string): Promise<ReviewedPayment> {
    const rejected = await this.db.transaction((manager) =>
      transition(
        manager,
        { id },
        {
          from: ['awaiting_review'],
          to: 'rejected',
          set: { reviewedById: admin.id, reviewedAt: new Date(), rejectReason: reason },
          reason,
          actorId: admin.id,
        },
      ),
    );
    if (!rejected) throw await this.notReviewable(id);
    await this.events.publish(JobName.PaymentFailed, { paymentId: rejected.id, orderId: rejected.orderId });
    await this.reviewEvents.reviewed({ paymentId: rejected.id, orderId: rejected.orderId, decision: 'rejected' });
    return this.get(id);
  }

  private async notReviewable(id: string): Promise<DomainError> {
    const payment = await this.get(id);
    return paymentsError('already-reviewed', `It is ${payment.status}.`);
  }
}
