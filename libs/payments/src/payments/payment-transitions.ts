import type { EntityManager } from 'typeorm';
import type { Payment, PaymentStatus } from './payment.entity';

export interface Transition {
  from: PaymentStatus[];
  to: PaymentStatus;
  set?: Partial<Pick<Payment, 'paymentIntentId' | 'reviewedById' | 'reviewedAt' | 'rejectReason' | 'proofKey'>>;
  reason?: string;
  actorId?: string;
}

export type PaymentKey = { id: string } | { checkoutSessionId: string } | { paymentIntentId: string };

const KEY_COLUMNS = { id: 'id', checkoutSessionId: 'checkout_session_id', paymentIntentId: 'payment_intent_id' } as const;

/**
 * Moves a payment from one of `from` to `to` with one conditional UPDATE and records the change. A new status
 * is an outcome ticketing has not applied yet (`applied_at` cleared), so the reconciler finds it if its event
 * is lost. Returns the updated payment, or undefined when it was not in an allowed state (already applied, raced).
 */
export async function transition(manager: EntityManager, where: PaymentKey, change: Transition) {
  const [[field, key]] = Object.entries(where) as [keyof typeof KEY_COLUMNS, string][];
  const column = KEY_COLUMNS[field];
  const sets = Object.entries(change.set ?? {}).map(([field, value], index) => ({
    sql: `${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)} = $${index + 4}`,
    value,
  }));
  const [rows] = await manager.query<[{ id: string; orderId: string; previous: PaymentStatus }[], number]>(
    `UPDATE payment p SET status = $2, updated_at = now(), applied_at = NULL${sets.map((set) => `, ${set.sql}`).join('')}
     FROM (SELECT id, status AS previous FROM payment WHERE ${column} = $1 FOR UPDATE) old
     WHERE p.id = old.id AND old.previous = ANY($3)
     RETURNING p.id, p.order_id AS "orderId", old.previous`,
    [key, change.to, change.from, ...sets.map((set) => set.value)],
  );
  const updated = (rows as { id: string; orderId: string; previous: PaymentStatus }[])[0];
  if (!updated) return undefined;
  await manager.query('INSERT INTO payment_status_change (payment_id, from_status, to_status, reason, actor_id) VALUES ($1, $2, $3, $4, $5)', [
    updated.id,
    updated.previous,
    change.to,
    change.reason ?? null,
    change.actorId ?? null,
  ]);
  return updated;
}
