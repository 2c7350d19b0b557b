import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { AppConfig, JobName, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';
import { Context } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { DeliveryLogService } from '../delivery/delivery-log.service';
import { RelayMessageJob } from '../delivery/relay-message.job';
import { ADMIN_TEXTS } from '../i18n/admin-texts';
import { TEXTS } from '../i18n/texts';
import { Turn } from './turn';

/**
 * "Parler à un administrateur": the buyer's message goes to the admin chat; an admin's Telegram reply to it
 * goes back to the buyer. Both go out through the delivery queue (a job each, sent once).
 */
@Injectable()
export class AdminRelay {
  constructor(
    private readonly config: AppConfig,
    private readonly accounts: TelegramAccountsService,
    private readonly log: DeliveryLogService,
    @InjectQueue(QueueName.TelegramDeliveries) private readonly deliveries: Queue<RelayMessageJob>,
  ) {}

  isAdminChat(ctx: Context): boolean {
    return this.config.TELEGRAM_ADMIN_CHAT_ID !== undefined && String(ctx.chat?.id) === this.config.TELEGRAM_ADMIN_CHAT_ID;
  }

  async start(ctx: Context, { account, t }: Turn): Promise<void> {
    if (!this.config.TELEGRAM_ADMIN_CHAT_ID) {
      await ctx.reply(t.noAdminChat);
      return;
    }
    await this.accounts.setState(account.telegramUserId, { step: 'talk-to-admin' });
    await ctx.reply(t.talkToAdmin);
  }

  async forward(ctx: Context, { account, t }: Turn, text: string, messageId: number): Promise<void> {
    await this.accounts.setState(account.telegramUserId, {});
    const adminChat = this.config.TELEGRAM_ADMIN_CHAT_ID;
    if (!adminChat) {
      await ctx.reply(t.noAdminChat);
      return;
    }
    const who = `${account.firstName}${account.username ? ` (@${account.username})` : ''}`;
    const key = `relay:${account.telegramUserId}:${messageId}`;
    await this.deliveries.add(
      JobName.RelayMessage,
      { key, chatId: adminChat, text: ADMIN_TEXTS[this.config.TELEGRAM_ADMIN_LANGUAGE].messageFrom(who, text.slice(0, 3500)) },
      { jobId: key.replace(/:/g, '-') },
    );
    await ctx.reply(t.forwarded);
  }

  /** An admin replied (Telegram "reply") to a forwarded message: the answer goes to that buyer. */
  async answerBuyer(ctx: Context, repliedTo: number, text: string): Promise<void> {
    const key = await this.log.keyOf(ctx.chat?.id ?? 0, repliedTo);
    const buyerId = key?.startsWith('relay:') ? key.split(':')[1] : undefined;
    const buyer = buyerId ? await this.accounts.find(buyerId) : null;
    if (!buyer) return;
    const replyKey = `reply:${ctx.chat?.id}:${ctx.message?.message_id}`;
    await this.deliveries.add(
      JobName.RelayMessage,
      { key: replyKey, chatId: buyer.chatId, text: TEXTS[buyer.language].adminReply(text.slice(0, 3500)) },
      { jobId: replyKey.replace(/:/g, '-') },
    );
    const admin = ctx.from ? await this.accounts.find(ctx.from.id) : null;
    const t = ADMIN_TEXTS[admin?.language ?? this.config.TELEGRAM_ADMIN_LANGUAGE];
    await ctx.reply(t.replySent, { reply_parameters: { message_id: ctx.message?.message_id ?? 0 } });
  }
}
