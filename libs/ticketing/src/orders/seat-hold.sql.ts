import { kickoffLabel } from './seat-item-label.sql';

/**
 * The whole seat hold in ONE round trip: take the seats of every requested stand (conditional update of
 * the counter, `reserved + n <= quota`, decided under the row lock), then insert the order and its items,
 * as one statement (data-modifying CTEs), so it commits or rolls back as a whole.
 *
 * Table ownership: ONE documented exception (issue #14). The counter is catalogue's (`match_stand`,
 * `match`, `stand`), the order is ticketing's. Going through catalogue's service would cost a transaction
 * and a second round trip with the hot row locked across it, which halves the on-sale throughput
 * (docs/benchmarks.md); catalogue's own SeatInventoryService stays the only other writer of the counter.
 *
 * Parameters: $1 customer, $2 match ids, $3 stand ids, $4 quantities (one entry per stand, sorted),
 * $5 hold minutes, $6 Idempotency-Key or null.
 * No row back: nothing was taken (sold out, not on sale, unknown stand, another club). One row with a null `id`:
 * nothing was taken because this buyer's key was used before; `keyOrder` names that order (no second read).
 * Only some stands taken (a race between two multi-stand orders): `ticketing_partial_hold()` aborts the
 * statement with SQLSTATE 40001, so nothing is kept and the caller retries.
 */
export const HOLD_SEATS = {
  name: 'ticketing-hold-seats',
  text: `
WITH wanted AS (
  SELECT w.match_id, w.stand_id, w.quantity
  FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS w(match_id, stand_id, quantity)
), key_order AS (
  SELECT o.id FROM customer_order o WHERE o.customer_id = $1 AND o.idempotency_key = $6
), allowed AS (
  SELECT NOT EXISTS (SELECT 1 FROM key_order)
     AND (SELECT count(DISTINCT m.club_id) FROM wanted w JOIN match m ON m.id = w.match_id) = 1
     AND (SELECT count(DISTINCT ms.price_currency) FROM wanted w
          JOIN match_stand ms ON ms.match_id = w.match_id AND ms.stand_id = w.stand_id) = 1 AS ok
), taken AS (
  UPDATE match_stand ms SET reserved = ms.reserved + w.quantity
  FROM wanted w, match m, allowed a
  WHERE a.ok AND ms.match_id = w.match_id AND ms.stand_id = w.stand_id AND m.id = ms.match_id
    AND m.status = 'scheduled' AND m.kickoff_at > now()
    AND ms.reserved + w.quantity <= ms.quota
  RETURNING ms.match_id, ms.stand_id, w.quantity, ms.price_amount, ms.price_currency, m.club_id, m.opponent, m.kickoff_at
), placed AS (
  INSERT INTO customer_order (customer_id, club_id, status, payment_method, total_amount, currency, expires_at, idempotency_key)
  SELECT $1, (array_agg(t.club_id))[1], 'pending', 'stripe', sum(t.price_amount * t.quantity), (array_agg(t.price_currency))[1],
         now() + make_interval(mins => $5), $6
  FROM taken t
  HAVING CASE WHEN count(*) = cardinality($2::uuid[]) THEN true WHEN count(*) = 0 THEN false ELSE ticketing_partial_hold() END
  RETURNING id, number, total_amount, currency, expires_at, created_at, club_id
), items AS (
  INSERT INTO order_item (order_id, kind, match_id, stand_id, quantity, unit_amount, currency, label)
  SELECT p.id, 'seat', t.match_id, t.stand_id, t.quantity, t.price_amount, t.price_currency,
         s.name || ' — vs ' || t.opponent || ', ' || ${kickoffLabel('t.kickoff_at')}
  FROM placed p CROSS JOIN taken t JOIN stand s ON s.id = t.stand_id
  RETURNING order_id, match_id, stand_id, quantity, unit_amount, currency, label
)
SELECT p.id, p.number, p.total_amount AS "totalAmount", p.currency, p.expires_at AS "expiresAt", p.created_at AS "createdAt",
       p.club_id AS "clubId", i.match_id AS "matchId", i.stand_id AS "standId", i.quantity, i.unit_amount AS "unitAmount",
       i.currency AS "itemCurrency", i.label, NULL::uuid AS "keyOrder"
FROM placed p JOIN items i ON i.order_id = p.id
UNION ALL
SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, k.id
FROM key_order k WHERE NOT EXISTS (SELECT 1 FROM placed)
ORDER BY "matchId", "standId"`,
};

/** What the hold answers: one row per item of the order just placed, or the order its key placed before. */
export type HoldRow = HeldRow | { id: null; keyOrder: string };

/** One row per item of the order just placed (the order's fields repeated). */
export interface HeldRow {
  id: string;
  number: string;
  totalAmount: number;
  currency: string;
  expiresAt: Date;
  createdAt: Date;
  clubId: string;
  matchId: string;
  standId: string;
  quantity: number;
  unitAmount: number;
  itemCurrency: string;
  label: string;
}
