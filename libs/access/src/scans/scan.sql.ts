import type { NamedStatement } from '../hot-sql';

/*
 * Table ownership: ONE documented exception (issue #14, docs/architecture.md). `ticket` and
 * `customer_order` are ticketing's, `match` catalogue's, `scan` ours. "A ticket is used once" must be one
 * conditional UPDATE in the same statement as the verdict and the scan log row: going through ticketing's
 * service would add a round trip per scan (the entrance's hot path, ~2,300 scans/s) and split the
 * exactly-once decision from its log. Everything else access reads of tickets goes through TicketReads.
 */

/**
 * The verdict on each scan of `input` (code, scanner_club, for_match), in the contract's order: unknown →
 * `invalid`; voided ticket or cancelled match → `void`; order not paid → `not_paid`; match of another club
 * → `wrong_club`; another match than the one scanned for → `wrong_match`; otherwise it may enter ('admit'),
 * if nobody used it first. `scanner_club` NULL: a platform admin, any club; `for_match` NULL: any match.
 * Codes are unique; the LIMIT keeps the lookup one index probe per scan whatever the plan cache guessed
 * (a subquery with a LIMIT is not flattened into a join, which a generic plan made a scan of `ticket`).
 */
const VERDICTS = `
  v AS (
    SELECT i.*, f.id AS ticket_id, f.match_id, f.stand_id, f.used_at, f.match_club, CASE
      WHEN f.id IS NULL THEN 'invalid'
      WHEN f.status = 'void' OR f.match_status = 'cancelled' THEN 'void'
      WHEN f.order_status NOT IN ('paid', 'fulfilled') THEN 'not_paid'
      WHEN i.scanner_club IS NOT NULL AND f.match_club <> i.scanner_club THEN 'wrong_club'
      WHEN i.for_match IS NOT NULL AND f.match_id <> i.for_match THEN 'wrong_match'
      ELSE 'admit'
    END AS verdict
    FROM input i
    LEFT JOIN LATERAL (
      SELECT t.id, t.status, t.match_id, t.stand_id, t.used_at,
             o.status AS order_status, m.club_id AS match_club, m.status AS match_status
      FROM ticket t
      JOIN customer_order o ON o.id = t.order_id
      JOIN match m ON m.id = t.match_id
      WHERE t.code = i.code
      LIMIT 1
    ) f ON true
  )`;

/** After `input`: each scan's verdict, its ticket marked used if it may enter and nobody did first, its log row. */
const SCAN_AND_LOG = `${VERDICTS},
  u AS (
    UPDATE ticket SET status = 'used', used_at = now()
    FROM v
    WHERE v.verdict = 'admit' AND ticket.id = v.ticket_id AND ticket.status = 'valid'
    RETURNING ticket.id, ticket.used_at
  ),
  s AS (
    INSERT INTO scan (id, ticket_id, match_id, club_id, gate_id, staff_user_id, result, mode, code_ref, scanned_at)
    SELECT v.scan_id, v.ticket_id, v.match_id, coalesce(v.scanner_club, v.match_club), v.gate_id, v.staff_user_id,
           CASE WHEN v.verdict <> 'admit' THEN v.verdict WHEN u.id IS NOT NULL THEN 'ok' ELSE 'already_used' END,
           'online', v.code_ref, now()
    FROM v LEFT JOIN u ON u.id = v.ticket_id
    RETURNING id, result
  )
  SELECT s.id AS "scanId", s.result, v.ticket_id AS "ticketId", v.match_id AS "matchId", v.stand_id AS "standId",
         coalesce(u.used_at, v.used_at) AS "usedAt"
  FROM s JOIN v ON v.scan_id = s.id LEFT JOIN u ON u.id = v.ticket_id`;

/**
 * Online scans in one statement: the verdict, the conditional UPDATE that marks the ticket used (under
 * concurrency Postgres re-checks `status = 'valid'` on the row's latest version, so exactly one of any
 * number of simultaneous scans wins) and the scan log row. ONLINE_SCAN takes one scan:
 * $1 scan id, $2 code, $3 scanner's club (NULL: a platform admin, any club), $4 the match scanned for (or
 * NULL), $5 gate id, $6 staff user id, $7 code reference (never the code itself).
 */
export const ONLINE_SCAN: NamedStatement = {
  name: 'access-online-scan',
  text: `WITH input AS (
    SELECT $1::uuid AS scan_id, $2::text AS code, $3::uuid AS scanner_club, $4::uuid AS for_match,
           $5::uuid AS gate_id, $6::uuid AS staff_user_id, $7::text AS code_ref
  ), ${SCAN_AND_LOG}`,
};

/**
 * ONLINE_SCANS takes a group (ScanGroups): the same parameters as arrays, one element per scan, with
 * distinct codes, so that no ticket is updated twice in one statement. Postgres plans it for each group
 * (its size changes the plan's costs), which a lone scan would pay for nothing: it goes as ONLINE_SCAN.
 */
export const ONLINE_SCANS: NamedStatement = {
  name: 'access-online-scans',
  text: `WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[])
      AS i (scan_id, code, scanner_club, for_match, gate_id, staff_user_id, code_ref)
  ), ${SCAN_AND_LOG}`,
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
  text: `WITH input AS (SELECT $1::text AS code, $2::uuid AS scanner_club, $3::uuid AS for_match),
  ${VERDICTS},
  u AS (
    UPDATE ticket SET status = 'used', used_at = least(greatest($4::timestamptz, ticket.created_at), now())
    FROM v
    WHERE v.verdict = 'admit' AND ticket.id = v.ticket_id AND ticket.status = 'valid'
    RETURNING ticket.id, ticket.used_at
  )
  SELECT v.verdict, v.ticket_id AS "ticketId", v.match_id AS "matchId", u.id IS NOT NULL AS admitted
  FROM v LEFT JOIN u ON u.id = v.ticket_id`,
};
