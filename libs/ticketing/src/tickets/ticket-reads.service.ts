import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

export interface StandTicketCounts {
  standId: string;
  /** Tickets issued and not void (valid or used). */
  sold: number;
  /** Tickets used: holders who went through the entrance. */
  checkedIn: number;
}

/**
 * What other libs read about tickets (the entrance, the bot), so that their SQL names only their own tables. On the pg
 * pool directly, like access's hot SQL: pg errors do not carry the parameters (ticket codes), TypeORM's do.
 */
@Injectable()
export class TicketReads {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get pool(): Pool {
    return (this.db.driver as PostgresDriver).master as Pool;
  }

  /** Per stand of a match, read from the tickets themselves: a scan counts the moment it marks a ticket used. */
  async countsByStand(matchId: string): Promise<StandTicketCounts[]> {
    const result = await this.pool.query<StandTicketCounts>({
      name: 'ticketing-counts-by-stand',
      text: `SELECT stand_id AS "standId",
                    count(*) FILTER (WHERE status <> 'void')::int AS sold,
                    count(*) FILTER (WHERE status = 'used')::int AS "checkedIn"
             FROM ticket WHERE match_id = $1 GROUP BY stand_id`,
      values: [matchId],
    });
    return result.rows;
  }

  /** Codes of these matches' void and used tickets (a gate's offline lists), in ticket order. */
  async refusedCodes(matchIds: readonly string[]): Promise<{ revoked: string[]; used: string[] }> {
    const result = await this.pool.query<{ revoked: string[]; used: string[] }>({
      name: 'ticketing-refused-codes',
      text: `SELECT ARRAY(SELECT code FROM ticket WHERE match_id = ANY($1::uuid[]) AND status = 'void' ORDER BY id) AS revoked,
                    ARRAY(SELECT code FROM ticket WHERE match_id = ANY($1::uuid[]) AND status = 'used' ORDER BY id) AS used`,
      values: [matchIds],
    });
    return result.rows[0];
  }

  /** The ticket a code belongs to, if any (its id and match never change). */
  async byCode(code: string): Promise<{ id: string; matchId: string } | undefined> {
    const result = await this.pool.query<{ id: string; matchId: string }>({
      name: 'ticketing-ticket-by-code',
      text: `SELECT id, match_id AS "matchId" FROM ticket WHERE code = $1`,
      values: [code],
    });
    return result.rows[0];
  }

  /** When these tickets were used (null: not used); unknown ids are left out. */
  async usedAt(ids: readonly string[]): Promise<Map<string, Date | null>> {
    if (ids.length === 0) return new Map();
    const result = await this.pool.query<{ id: string; usedAt: Date | null }>({
      name: 'ticketing-used-at',
      text: `SELECT id, used_at AS "usedAt" FROM ticket WHERE id = ANY($1::uuid[])`,
      values: [[...new Set(ids)]],
    });
    return new Map(result.rows.map((row) => [row.id, row.usedAt]));
  }

  /** Buyers holding seats for a match (a paid or fulfilled order; a mere hold is no ticket), in pages by id (keyset). */
  async holders(matchId: string, after: string | null, limit: number): Promise<string[]> {
    const result = await this.pool.query<{ customerId: string }>({
      name: 'ticketing-match-holders',
      text: `SELECT DISTINCT o.customer_id AS "customerId" FROM order_item i JOIN customer_order o ON o.id = i.order_id
             WHERE i.match_id = $1 AND o.status IN ('paid', 'fulfilled') AND ($2::uuid IS NULL OR o.customer_id > $2::uuid)
             ORDER BY o.customer_id LIMIT $3`,
      values: [matchId, after, limit],
    });
    return result.rows.map((row) => row.customerId);
  }

  /** Whether this buyer holds seats for the match, as `holders` counts them. */
  async holdsSeats(customerId: string, matchId: string): Promise<boolean> {
    const result = await this.pool.query<{ holds: boolean }>({
      name: 'ticketing-holds-seats',
      text: `SELECT EXISTS (SELECT 1 FROM order_item i JOIN customer_order o ON o.id = i.order_id
             WHERE i.match_id = $1 AND o.customer_id = $2 AND o.status IN ('paid', 'fulfilled')) AS holds`,
      values: [matchId, customerId],
    });
    return result.rows[0].holds;
  }
}
