import { Injectable } from '@nestjs/common';
import { DomainError } from '@guichet/common';
import { PaymentReviewService } from '@guichet/payments';
import { Context } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { ADMIN_TEXTS, AdminTexts } from '../i18n/admin-texts';
import { ProofMessages } from '../review/proof-messages.service';
import { BuyersService } from './buyers.service';
import { Turn } from './turn';

/**
 * Approve / refuse from the admin chat, through the same review service as the console: the first decision
 * wins, a second press (or a decision made in the console meanwhile) changes nothing and shows who decided.
 */
@Injectable()
export class PaymentReviewFlow {
  constructor(
    private readonly buyers: BuyersService,
    private readonly review: PaymentReviewService,
    private readonly messages: ProofMessages,
    private readonly accounts: TelegramAccountsService,
  ) {}

  /** Answers to one person in the admin chat follow their own language (/language), else the chat's. */
  private async textsFor(ctx: Context): Promise<AdminTexts> {
    const account = ctx.from ? await this.accounts.find(ctx.from.id) : null;
    return account ? ADMIN_TEXTS[account.language] : this.messages.chatTexts;
  }

  async approve(ctx: Context, paymentId: string): Promise<void> {
    const t = await this.textsFor(ctx);
    const admin = ctx.from && (await this.buyers.adminFor(ctx.from.id));
    if (!admin) {
      await ctx.answerCbQuery(t.notAllowed, { show_alert: true });
      return;
    }
    try {
      await this.review.approve(admin, paymentId);
      await ctx.answerCbQuery(t.approved);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'already-reviewed')) throw error;
      await ctx.answerCbQuery(t.alreadyDecided);
    }
    await this.messages.showDecision(ctx.telegram, paymentId);
  }

  /** Refuser asks for the reason; the admin's next message (a reply to the question) is the reason. */
  async askReason(ctx: Context, paymentId: string): Promise<void> {
    const t = await this.textsFor(ctx);
    const admin = ctx.from && (await this.buyers.adminFor(ctx.from.id));
    if (!admin || !ctx.from) {
      await ctx.answerCbQuery(t.notAllowed, { show_alert: true });
      return;
    }
    const { payment } = await this.messages.describe(paymentId);
    if (payment.status !== 'awaiting_review') {
      await ctx.answerCbQuery(t.alreadyDecided);
      await this.messages.showDecision(ctx.telegram, paymentId);
      return;
    }
    await this.accounts.setState(String(ctx.from.id), { step: 'reject-reason', paymentId });
    await ctx.answerCbQuery();
    await ctx.reply(t.reasonQuestion(payment.reference ?? ''), {
      reply_markup: { force_reply: true, selective: true },
    });
  }

  async reject(ctx: Context, { account }: Turn, paymentId: string, reason: string): Promise<void> {
    const t = ADMIN_TEXTS[account.language];
    const admin = ctx.from && (await this.buyers.adminFor(ctx.from.id));
    await this.accounts.setState(account.telegramUserId, {});
    if (!admin) {
      await ctx.reply(t.notAllowed);
      return;
    }
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 500) {
      await this.accounts.setState(account.telegramUserId, { step: 'reject-reason', paymentId });
      await ctx.reply(t.reasonLength);
      return;
    }
    try {
      await this.review.reject(admin, paymentId, trimmed);
      await ctx.reply(t.rejectedDone);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'already-reviewed')) throw error;
      await ctx.reply(t.nothingChanged);
    }
    await this.messages.showDecision(ctx.telegram, paymentId);
  }
}
