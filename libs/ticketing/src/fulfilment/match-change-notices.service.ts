import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MatchesService } from '@guichet/catalogue';
import { MatchRescheduledJob } from '@guichet/common';
import { DataSource } from 'typeorm';
import { BuyerNotices } from '../tickets/buyer-notices.service';

/** A match moved (another day or time, home or away): every buyer holding tickets for it is told, once per change. */
@Injectable()
export class MatchChangeNotices {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly matches: MatchesService,
    private readonly notices: BuyerNotices,
  ) {}

  async rescheduled(change: string, { matchId, was }: MatchRescheduledJob): Promise<void> {
    const holders: { id: string }[] = await this.db.query(
      `SELECT DISTINCT o.id FROM customer_order o JOIN order_item i ON i.order_id = o.id
       WHERE i.match_id = $1 AND o.status IN ('paid', 'fulfilled')`,
      [matchId],
    );
    // Nobody to tell (a match without sales may even be deleted since): the match is not read.
    if (holders.length === 0) return;
    // What the match is now, not what the job saw: two quick edits both announce the latest.
    const match = await this.matches.get(matchId);
    if (match.status === 'cancelled') return;
    for (const { id } of holders) await this.notices.matchMoved(id, change, match, was);
  }
}
