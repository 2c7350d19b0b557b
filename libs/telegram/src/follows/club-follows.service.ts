import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Buyers who follow a club in the bot, to be told of its new matches. */
@Injectable()
export class ClubFollowsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async follow(telegramUserId: string, clubId: string): Promise<void> {
    await this.db.query(`INSERT INTO telegram_club_follow (telegram_user_id, club_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [telegramUserId, clubId]);
  }

  async unfollow(telegramUserId: string, clubId: string): Promise<void> {
    await this.db.query(`DELETE FROM telegram_club_follow WHERE telegram_user_id = $1 AND club_id = $2`, [telegramUserId, clubId]);
  }

  /** `/stop`: every club this person followed, no longer; returns them. */
  async unfollowAll(telegramUserId: string): Promise<string[]> {
    const [rows]: [{ club_id: string }[], number] = await this.db.query(`DELETE FROM telegram_club_follow WHERE telegram_user_id = $1 RETURNING club_id`, [
      telegramUserId,
    ]);
    return rows.map((row) => row.club_id);
  }

  async follows(telegramUserId: string, clubId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM telegram_club_follow WHERE telegram_user_id = $1 AND club_id = $2`, [telegramUserId, clubId]);
    return rows.length > 0;
  }

  /** The clubs this person follows, oldest first. */
  async clubsOf(telegramUserId: string): Promise<string[]> {
    const rows: { club_id: string }[] = await this.db.query(
      `SELECT club_id FROM telegram_club_follow WHERE telegram_user_id = $1 ORDER BY created_at, club_id`,
      [telegramUserId],
    );
    return rows.map((row) => row.club_id);
  }

  /** Followers still reachable, in pages by id (keyset), so a big club's audience is read in bounded chunks. */
  async followers(clubId: string, after: string | null, limit: number): Promise<{ telegramUserId: string; chatId: string }[]> {
    const rows: { telegram_user_id: string; chat_id: string }[] = await this.db.query(
      `SELECT a.telegram_user_id, a.chat_id FROM telegram_club_follow f
         JOIN telegram_account a ON a.telegram_user_id = f.telegram_user_id
        WHERE f.club_id = $1 AND a.blocked_at IS NULL AND ($2::bigint IS NULL OR f.telegram_user_id > $2::bigint)
        ORDER BY f.telegram_user_id LIMIT $3`,
      [clubId, after, limit],
    );
    return rows.map((row) => ({ telegramUserId: row.telegram_user_id, chatId: row.chat_id }));
  }
}
