import type { NamedStatement } from '../hot-sql';

/*
 * Table ownership: ONE documented exception (issue #14, docs/architecture.md). `ticket` and
 * `customer_order` are ticketing's, `match` catalogue's, `scan` ours. "A ticket is used once" must be one
 * conditional UPDATE in the same statement as the verdict and the scan log row: going through ticketing's
 * service would add a round trip per scan (the entrance's hot path, ~2,800 scans/s) and split the
 * exactly-once decision from its log. Everything else access reads of tickets goes through TicketReads.
 */

/**
 * The verdict on a code, in the contract's order: unknown → `invalid`; voided ticket or cancelled match →
 * `void`; order not paid → `not_paid`; match of another club → `wrong_club`; another match than the one
 * scanned for → `wrong_match`; otherwise it may enter ('admit'), if nobody used it first.
 * $1 code, $2 the scanner's club (NULL: a platform admin, any club), $3 the match scanned for (or NULL).
 */
const VERDICT = `
  t AS (
    SELECT t.id, t.status, t.match_id, t.stand_id, t.used_at,
           o.status AS order_status, m.club_id AS match_club, m.status AS match_status
    FROM ticket t
    JOIN customer_order o ON o.id = t.order_id
    JOIN match m ON m.id = t.match_id
    WHERE t.code = $1
  ),
  v AS (
    SELECT t.*, CASE
      WHEN t.id IS NULL THEN 'invalid'
      WHEN t.status = 'void' OR t.match_status = 'cancelled' THEN 'void'
      WHEN t.order_status NOT IN ('paid', 'fulfilled') THEN 'not_paid'
      WHEN $2::uuid IS NOT NULL AND t.match_club <> $2::uuid THEN 'wrong_club'
      WHEN $3::uuid IS NOT NULL AND t.match_id <> $3::uuid THEN 'wrong_match'
      ELSE 'admit'
    END AS verdict
    FROM (VALUES (1)) AS one (x) LEFT JOIN t ON true
  )`;

/**
 * One online scan in one statement: the verdict, the conditional UPDATE that marks the ticket used (under
 * concurrency Postgres re-checks `status = 'valid'` on the row's latest version, so exactly one of any
 * number of simultaneous scans wins) and the scan log row.
 * $4 gate id, $5 staff user id, $6 code reference (never the code itself).
 */
export const ONLINE_SCAN: NamedStatement = {
  name: 'access-online-scan',
  text: `WITH ${VERDICT},
  u AS (
    UPDATE ticket SET status = 'used', used_at = now()
    FROM v
    WHERE v.verdict = 'admit' AND ticket.id = v.id AND ticket.status = 'valid'
    RETURNING ticket.id, ticket.used_at
  ),
  s AS (
    INSERT INTO scan (ticket_id, match_id, club_id, gate_id, staff_user_id, result, mode, code_ref, scanned_at)
    SELECT v.id, v.match_id, coalesce($2::uuid, v.match_club), $4::uuid, $5::uuid,
           CASE WHEN v.verdict <> 'admit' THEN v.verdict WHEN u.id IS NOT NULL THEN 'ok' ELSE 'already_used' END,
           'online', $6, now()
    FROM v LEFT JOIN u ON u.id = v.id
    RETURNING id, result
  )
  SELECT s.id AS "scanId", s.result, v.id AS "ticketId", v.match_id AS "matchId", v.stand_id AS "standId",
         coalesce(u.used_at, v.used_at) AS "usedAt"
  FROM s CROSS JOIN v LEFT JOIN u ON u.id = v.id`,
};

/** The loser of a race saw the ticket valid in its snapshot: read the winner's time in a fresh one. */
export const USED_AT: NamedStatement = {
  name: 'access-ticket-used-at',
  text: `SELECT used_at AS "usedAt" FROM ticket WHERE id = $1`,
};

/**
 * An offline `ok` uploaded later: the same verdict for the gate's club, and the ticket marked used at the
 * time the gate let the holder in, if it is still valid (a wrong device clock is bounded: never before the
 * ticket existed, never in the future).
 * $1 code, $2 gate's club, $3 NULL (a gate scans for any match of its club), $4 scannedAt.
 */
export const APPLY_OFFLINE_ADMISSION: NamedStatement = {
  name: 'access-apply-offline-admission',
  text: `WITH ${VERDICT},
  u AS (
    UPDATE ticket SET status = 'used', used_at = least(greatest($4::timestamptz, ticket.created_at), now())
    FROM v
    WHERE v.verdict = 'admit' AND ticket.id = v.id AND ticket.status = 'valid'
    RETURNING ticket.id, ticket.used_at
  )
  SELECT v.verdict, v.id AS "ticketId", v.match_id AS "matchId", u.id IS NOT NULL AS admitted
  FROM v LEFT JOIN u ON u.id = v.id`,
};
