import type { NamedStatement } from '../hot-sql';

/**
 * Records one uploaded scan, once per (gate, nonce): a re-upload inserts nothing. Taken first, inside the
 * transaction that applies it, so two uploads of the same batch at once cannot both apply it.
 * $1 gate, $2 club, $3 nonce, $4 the gate's verdict, $5 scannedAt, $6 code reference, $7 ticket id and $8 its
 * match (null: no ticket has this code), read from ticketing beforehand (a ticket's id and match never change).
 */
export const RECORD_OFFLINE_SCAN: NamedStatement = {
  name: 'access-record-offline-scan',
  text: `INSERT INTO scan (gate_id, club_id, nonce, device_result, result, mode, scanned_at, code_ref, ticket_id, match_id)
         VALUES ($1::uuid, $2::uuid, $3, $4, $4, 'offline', $5::timestamptz, $6, $7::uuid, $8::uuid)
         ON CONFLICT (gate_id, nonce) WHERE nonce IS NOT NULL DO NOTHING
         RETURNING id`,
};

export const RECORDED_SCAN: NamedStatement = {
  name: 'access-recorded-offline-scan',
  text: `SELECT id FROM scan WHERE gate_id = $1 AND nonce = $2`,
};

/**
 * An offline admission the server cannot honour: its verdict, the conflict, and the earlier admission of
 * the same ticket it collides with (if any). $1 scan, $2 result, $3 conflict kind, $4 ticket.
 */
export const MARK_CONFLICT: NamedStatement = {
  name: 'access-mark-offline-conflict',
  text: `UPDATE scan SET result = $2, conflict = $3,
           conflict_scan_id = (
             SELECT f.id FROM scan f WHERE f.ticket_id = $4 AND f.result = 'ok' AND f.id <> $1
             ORDER BY f.scanned_at, f.received_at LIMIT 1
           )
         WHERE id = $1`,
};

export const OFFLINE_OUTCOMES: NamedStatement = {
  name: 'access-offline-outcomes',
  text: `SELECT s.id, s.nonce, s.result, s.device_result AS "deviceResult", s.conflict, s.ticket_id AS "ticketId",
                f.id AS "firstScanId", f.gate_id AS "firstGateId",
                f.staff_user_id AS "firstStaffUserId", f.mode AS "firstMode", f.scanned_at AS "firstScannedAt"
         FROM scan s
         LEFT JOIN scan f ON f.id = s.conflict_scan_id
         WHERE s.id = ANY($1::uuid[])`,
};
