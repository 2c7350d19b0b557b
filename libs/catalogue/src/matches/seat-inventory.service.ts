import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

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

export interface StandState {
  matchId: string;
  standId: string;
  remaining: number;
  onSale: boolean;
  clubId: string;
  currency: string;
}

/**
 * The seat counters of each stand opened for a match. Every change is one conditional UPDATE, so the
 * database decides under the row lock: never more seats than the quota, whatever the concurrency.
 * Callers pass their transaction so that a hold and the order that owns it commit together. The on-sale
 * hold itself is ticketing's one-statement HOLD_SEATS (the documented exception of issue #14), which
 * applies the same condition.
 */
@Injectable()
export class SeatInventoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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

  /** Where each stand of a refused hold stands now, so the buyer can be told why (no row: unknown stand). */
  async standsState(stands: { matchId: string; standId: string }[]): Promise<StandState[]> {
    return this.db.query(
      `SELECT ms.match_id AS "matchId", ms.stand_id AS "standId", ms.quota - ms.reserved AS remaining,
              m.status = 'scheduled' AND m.kickoff_at > now() AS "onSale", m.club_id AS "clubId", ms.price_currency AS currency
       FROM unnest($1::uuid[], $2::uuid[]) AS w(match_id, stand_id)
       JOIN match_stand ms ON ms.match_id = w.match_id AND ms.stand_id = w.stand_id
       JOIN match m ON m.id = ms.match_id`,
      [stands.map((stand) => stand.matchId), stands.map((stand) => stand.standId)],
    );
  }

  /** The club selling a match (never changes once the match exists); undefined for an unknown match. */
  async clubOf(matchId: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ clubId: string }[]>('SELECT club_id AS "clubId" FROM match WHERE id = $1', [matchId]);
    return row?.clubId;
  }

  /** Gives seats back (expired or cancelled hold, refunded order). */
  async release(manager: EntityManager, matchId: string, standId: string, quantity: number): Promise<void> {
    await manager.query('UPDATE match_stand SET reserved = greatest(reserved - $3, 0) WHERE match_id = $1 AND stand_id = $2', [matchId, standId, quantity]);
  }
}
