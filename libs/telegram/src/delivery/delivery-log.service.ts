import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Each message that must go out once has a key (`announce:film:<id>:<chat>`, `proof:<payment>`...). It is
 * claimed before sending: a retried or duplicated job finds the claim and sends nothing. A send that fails
 * for sure (429, 403, network) gives its claim back; a crash between sending and recording keeps the
 * claim, preferring one missing message to a duplicate.
 */
@Injectable()
export class DeliveryLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async claim(key: string, chatId: string | number): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`INSERT INTO telegram_delivery (key, chat_id) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`, [
      key,
      String(chatId),
    ]);
    return rows.length === 1;
  }

  async sent(key: string, messageId: number): Promise<void> {
    await this.db.query(`UPDATE telegram_delivery SET sent_at = now(), message_id = $2 WHERE key = $1`, [key, messageId]);
  }

  async release(key: string): Promise<void> {
    await this.db.query(`DELETE FROM telegram_delivery WHERE key = $1 AND sent_at IS NULL`, [key]);
  }

  /** Where a sent message is, to edit it later (the proof in the admin chat once decided). */
  async messageOf(key: string): Promise<{ chatId: string; messageId: number } | undefined> {
    const rows: { chat_id: string; message_id: string | null }[] = await this.db.query(
      `SELECT chat_id, message_id FROM telegram_delivery WHERE key = $1 AND message_id IS NOT NULL`,
      [key],
    );
    return rows[0] ? { chatId: rows[0].chat_id, messageId: Number(rows[0].message_id) } : undefined;
  }

  /** The key of the proof message whose id is `messageId` in `chatId` (an admin replied to it). */
  async keyOf(chatId: string | number, messageId: number): Promise<string | undefined> {
    const rows: { key: string }[] = await this.db.query(`SELECT key FROM telegram_delivery WHERE chat_id = $1 AND message_id = $2`, [
      String(chatId),
      messageId,
    ]);
    return rows[0]?.key;
  }
}
