import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface ReservedSeats {
  matchId: string;
  standId: string;
  clubId: string;
  standName: string;
  opponent: string;
  kickoffAt: Date;
  unitAmount: number;
  currency: string;
}

/**
 * The seat counters of each stand opened for a match. Every change is one conditional UPDATE, so the
 * database decides under the row lock: never more seats than the quota, whatever the concurrency.
 * Callers pass their transaction so that a hold and the order that owns it commit together.
 */
@Injectable()
export class SeatInventoryService {
  /** Takes `quantity` seats if they are free and the match is still on sale; undefined otherwise. */
  async reserve(manager: EntityManager, matchId: string, standId: string, quantity: number): Promise<ReservedSeats | undefined> {
    const rows: ReservedSeats[] = await manager.query(
      `WITH taken AS (
         UPDATE match_stand ms SET reserved = ms.reserved + $3
         FROM match m
         WHERE ms.match_id = $1 AND ms.stand_id = $2 AND m.id = ms.match_id
           AND m.status = 'scheduled' AND m.kickoff_at > now()
           AND ms.reserved + $3 <= ms.quota
         RETURNING ms.match_id, ms.stand_id, ms.price_amount, ms.price_currency, m.club_id, m.opponent, m.kickoff_at)
       SELECT t.match_id AS "matchId", t.stand_id AS "standId", t.club_id AS "clubId", s.name AS "standName",
              t.opponent, t.kickoff_at AS "kickoffAt", t.price_amount AS "unitAmount", t.price_currency AS currency
       FROM taken t JOIN stand s ON s.id = t.stand_id`,
      [matchId, standId, quantity],
    );
    return rows[0];
  }

  /** Gives seats back (expired or cancelled hold, refunded order). */
  async release(manager: EntityManager, matchId: string, standId: string, quantity: number): Promise<void> {
    await manager.query(
      'UPDATE match_stand SET reserved = greatest(reserved - $3, 0) WHERE match_id = $1 AND stand_id = $2',
      [matchId, standId, quantity],
    );
  }
}
