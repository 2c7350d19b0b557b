import { Injectable } from '@nestjs/common';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { DeliveryLogService } from './delivery-log.service';
import { isBlocked } from './telegram-api';

export type SendOutcome = 'sent' | 'already-sent' | 'blocked';

/** Sends a keyed message at most once; a chat that blocked the bot is marked and skipped from then on. */
@Injectable()
export class OnceSender {
  constructor(
    private readonly log: DeliveryLogService,
    private readonly accounts: TelegramAccountsService,
  ) {}

  async send(key: string, chatId: string | number, send: () => Promise<{ message_id: number }>): Promise<SendOutcome> {
    if (!(await this.log.claim(key, chatId))) return 'already-sent';
    try {
      const message = await send();
      await this.log.sent(key, message.message_id);
      return 'sent';
    } catch (error) {
      await this.log.release(key);
      if (isBlocked(error)) {
        await this.accounts.markBlocked(String(chatId));
        return 'blocked';
      }
      throw error;
    }
  }
}
