import { Injectable } from '@nestjs/common';
import { DomainError } from '@guichet/common';
import { PaymentReviewService } from '@guichet/payments';
import { Context } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { ProofMessages } from '../review/proof-messages.service';
import { BuyersService } from './buyers.service';
import { Turn } from './turn';

const NOT_ALLOWED = 'Seuls les administrateurs dont le compte Telegram est lié peuvent décider. / Only linked administrators can decide.';

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

  async approve(ctx: Context, paymentId: string): Promise<void> {
    const admin = ctx.from && (await this.buyers.adminFor(ctx.from.id));
    if (!admin) {
      await ctx.answerCbQuery(NOT_ALLOWED, { show_alert: true });
      return;
    }
    try {
      await this.review.approve(admin, paymentId);
      await ctx.answerCbQuery('✅ Approuvé');
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'already-reviewed')) throw error;
      await ctx.answerCbQuery('Déjà décidé / Already decided');
    }
    await this.messages.showDecision(ctx.telegram, paymentId);
  }

  /** Refuser asks for the reason; the admin's next message (a reply to the question) is the reason. */
  async askReason(ctx: Context, paymentId: string): Promise<void> {
    const admin = ctx.from && (await this.buyers.adminFor(ctx.from.id));
    if (!admin || !ctx.from) {
      await ctx.answerCbQuery(NOT_ALLOWED, { show_alert: true });
      return;
    }
    const { payment } = await this.messages.describe(paymentId);
    if (payment.status !== 'awaiting_review') {
      await ctx.answerCbQuery('Déjà décidé / Already decided');
      await this.messages.showDecision(ctx.telegram, paymentId);
      return;
    }
    await this.accounts.setState(String(ctx.from.id), { step: 'reject-reason', paymentId });
    await ctx.answerCbQuery();
    await ctx.reply(`Motif du refus pour la référence ${payment.reference ?? ''} ? Répondez à ce message (le motif est envoyé à l’acheteur).`, {
      reply_markup: { force_reply: true, selective: true },
    });
  }

  async reject(ctx: Context, { account }: Turn, paymentId: string, reason: string): Promise<void> {
    const admin = ctx.from && (await this.buyers.adminFor(ctx.from.id));
    await this.accounts.setState(account.telegramUserId, {});
    if (!admin) {
      await ctx.reply(NOT_ALLOWED);
      return;
    }
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 500) {
      await this.accounts.setState(account.telegramUserId, { step: 'reject-reason', paymentId });
      await ctx.reply('Le motif doit faire entre 3 et 500 caractères. Réessayez.');
      return;
    }
    try {
      await this.review.reject(admin, paymentId, trimmed);
      await ctx.reply('❌ Paiement refusé ; l’acheteur reçoit le motif.');
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'already-reviewed')) throw error;
      await ctx.reply('Déjà décidé : rien n’a changé.');
    }
    await this.messages.showDecision(ctx.telegram, paymentId);
  }
}
