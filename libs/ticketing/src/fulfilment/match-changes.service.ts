import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MatchesService } from '@guichet/catalogue';
import { MatchChangedJob } from '@guichet/common';
import { DataSource } from 'typeorm';
import { RELABEL_MATCH_SEATS } from '../orders/seat-item-label.sql';
import { BuyerNotices } from '../tickets/buyer-notices.service';

/**
 * A match changed: its order lines say the new kickoff and opponent, and when it moved (another day or time,
 * home or away) every buyer holding tickets for it is told, once per change.
 */
@Injectable()
export class MatchChanges {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matches: MatchesService,
    private readonly notices: BuyerNotices,
  ) {}

  async changed(change: string, { matchId, was, moved }: MatchChangedJob): Promise<void> {
    const [{ sold }] = await this.db.query<{ sold: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM order_item WHERE match_id = $1) AS sold`, [matchId]);
    // Nothing sold or held (such a match may even be deleted since): the match is not read.
    if (!sold) return;
    // What the match is now, not what the job saw: two quick edits both say the latest.
    const match = await this.matches.get(matchId);
    if (match.status === 'cancelled') return;
    const stands = match.stands;
    await this.db.query(RELABEL_MATCH_SEATS, [
      matchId,
      stands.map((stand) => stand.standId),
      stands.map((stand) => stand.name),
      match.opponent,
      match.kickoffAt,
    ]);
    if (!moved) return;
    const holders: { id: string }[] = await this.db.query(
      `SELECT DISTINCT o.id FROM customer_order o JOIN order_item i ON i.order_id = o.id
       WHERE i.match_id = $1 AND o.status IN ('paid', 'fulfilled')`,
      [matchId],
    );
    for (const { id } of holders) await this.notices.matchMoved(id, change, match, was);
  }
}
