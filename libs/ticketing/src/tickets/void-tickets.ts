import type { EntityManager } from 'typeorm';
import type { TicketsChanged } from './tickets-changed';

/**
 * Voiding is final: a used ticket stays used (history), a valid one can no longer enter. Answers the club and matches
 * whose sold tickets this changed (none when nothing was valid), to be told once the transaction commits.
 */
export async function voidTicketsOfOrder(manager: EntityManager, orderId: string): Promise<TicketsChanged | undefined> {
  const [rows] = await manager.query<[{ clubId: string; matchId: string }[], number]>(
    `UPDATE ticket SET status = 'void' WHERE order_id = $1 AND status = 'valid' RETURNING club_id AS "clubId", match_id AS "matchId"`,
    [orderId],
  );
  if (rows.length === 0) return undefined;
  return { clubId: rows[0].clubId, matchIds: [...new Set(rows.map((row) => row.matchId))] };
}
