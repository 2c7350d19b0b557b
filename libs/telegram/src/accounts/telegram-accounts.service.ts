import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Language, languageFrom } from '../i18n/language';
import { ConversationState } from './conversation-state';
import { TelegramAccount } from './telegram-account.entity';

export interface TelegramSender {
  id: number;
  first_name: string;
  username?: string;
  language_code?: string;
}

/** The bot's memory of each person: kept in Postgres, so any bot process (or a restarted one) carries on. */
@Injectable()
export class TelegramAccountsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The account of whoever wrote, created on first contact with the language of their Telegram. */
  async touch(from: TelegramSender): Promise<TelegramAccount> {
    // The bot writes to people in their private chat, whose id is their user id (even when they wrote in a group).
    await this.db.query(
      `INSERT INTO telegram_account (telegram_user_id, chat_id, first_name, username, language)
       VALUES ($1, $1, $2, $3, $4)
       ON CONFLICT (telegram_user_id) DO UPDATE SET first_name = EXCLUDED.first_name, username = EXCLUDED.username,
         blocked_at = NULL, updated_at = now()`,
      [from.id, from.first_name, from.username ?? null, languageFrom(from.language_code)],
    );
    return this.db.manager.findOneByOrFail(TelegramAccount, { telegramUserId: String(from.id) });
  }

  find(telegramUserId: number | string): Promise<TelegramAccount | null> {
    return this.db.manager.findOneBy(TelegramAccount, { telegramUserId: String(telegramUserId) });
  }

  findByUser(userId: string): Promise<TelegramAccount | null> {
    return this.db.manager.findOneBy(TelegramAccount, { userId });
  }

  async setState(telegramUserId: string, state: ConversationState): Promise<void> {
    await this.db.manager.update(TelegramAccount, { telegramUserId }, { state });
  }

  async setLanguage(telegramUserId: string, language: Language): Promise<void> {
    await this.db.manager.update(TelegramAccount, { telegramUserId }, { language });
  }

  /** Turning the notifications back on also ends a `/stop`. */
  async setSubscribed(telegramUserId: string, subscribed: boolean): Promise<void> {
    await this.db.manager.update(TelegramAccount, { telegramUserId }, subscribed ? { subscribed, stoppedAt: null } : { subscribed });
  }

  /** `/stop`: no new releases, and no unasked message at all (a ticket holder's match moving included). */
  async stop(telegramUserId: string): Promise<void> {
    await this.db.query(`UPDATE telegram_account SET subscribed = false, stopped_at = now(), updated_at = now() WHERE telegram_user_id = $1`, [telegramUserId]);
  }

  /** Sets the Guichet user once; false when this Telegram account already acts as someone else. */
  async attachUser(telegramUserId: string, userId: string, accountCreated: boolean): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE telegram_account SET user_id = $2, account_created = $3, updated_at = now()
        WHERE telegram_user_id = $1 AND (user_id IS NULL OR user_id = $2) RETURNING telegram_user_id`,
      [telegramUserId, userId, accountCreated],
    );
    return result[0].length === 1;
  }

  /** Linking with a code replaces whatever account the bot created before (the buyer keeps their web account). */
  async link(telegramUserId: string, userId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE telegram_account SET user_id = NULL, updated_at = now() WHERE user_id = $1 AND telegram_user_id <> $2`, [
        userId,
        telegramUserId,
      ]);
      await manager.query(`UPDATE telegram_account SET user_id = $2, account_created = false, updated_at = now() WHERE telegram_user_id = $1`, [
        telegramUserId,
        userId,
      ]);
    });
  }

  /** Claims the one sending of credentials: true for the caller that should send them. */
  async claimCredentials(telegramUserId: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE telegram_account SET credentials_sent_at = now() WHERE telegram_user_id = $1 AND account_created AND credentials_sent_at IS NULL RETURNING telegram_user_id`,
      [telegramUserId],
    );
    return result[0].length === 1;
  }

  /** Credentials were sent on request: the first approval will not replace them. */
  async markCredentialsSent(telegramUserId: string): Promise<void> {
    await this.db.query(`UPDATE telegram_account SET credentials_sent_at = now() WHERE telegram_user_id = $1`, [telegramUserId]);
  }

  async releaseCredentials(telegramUserId: string): Promise<void> {
    await this.db.query(`UPDATE telegram_account SET credentials_sent_at = NULL WHERE telegram_user_id = $1`, [telegramUserId]);
  }

  async markBlocked(chatId: string): Promise<void> {
    await this.db.query(`UPDATE telegram_account SET blocked_at = now() WHERE chat_id = $1 AND blocked_at IS NULL`, [chatId]);
  }

  /** Subscribers still reachable, in pages by id (keyset) so a large audience is read in bounded chunks. */
  async subscribers(after: string | null, limit: number): Promise<{ telegramUserId: string; chatId: string; language: Language }[]> {
    const rows: { telegram_user_id: string; chat_id: string; language: Language }[] = await this.db.query(
      `SELECT telegram_user_id, chat_id, language FROM telegram_account
        WHERE subscribed AND blocked_at IS NULL AND ($1::bigint IS NULL OR telegram_user_id > $1::bigint)
        ORDER BY telegram_user_id LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => ({ telegramUserId: row.telegram_user_id, chatId: row.chat_id, language: row.language }));
  }

  /** The chats of these Guichet users that may still be told something unasked (linked, neither blocked nor stopped). */
  async reachableChatsOf(userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: { chat_id: string }[] = await this.db.query(
      `SELECT chat_id FROM telegram_account WHERE user_id = ANY($1::uuid[]) AND blocked_at IS NULL AND stopped_at IS NULL`,
      [userIds],
    );
    return rows.map((row) => row.chat_id);
  }

  async recordView(telegramUserId: string, type: string, id: string, genres: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO telegram_content_view (telegram_user_id, content_type, content_id, genres) VALUES ($1, $2, $3, $4)
       ON CONFLICT (telegram_user_id, content_type, content_id) DO UPDATE SET viewed_at = now()`,
      [telegramUserId, type, id, genres],
    );
  }

  /** The genres this person looked at most, for "Pour vous". */
  async favouriteGenres(telegramUserId: string): Promise<string[]> {
    const rows: { genre: string }[] = await this.db.query(
      `SELECT lower(g) AS genre FROM telegram_content_view, unnest(genres) AS g WHERE telegram_user_id = $1
        GROUP BY lower(g) ORDER BY count(*) DESC, max(viewed_at) DESC LIMIT 3`,
      [telegramUserId],
    );
    return rows.map((row) => row.genre);
  }
}
