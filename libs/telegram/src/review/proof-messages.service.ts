import { Injectable } from '@nestjs/common';
import { AppConfig } from '@guichet/common';
import { PaymentReviewService, ReviewedPayment } from '@guichet/payments';
import { OrdersService } from '@guichet/ticketing';
import { Role } from '@guichet/users';
import { Telegram } from 'telegraf';
import { DeliveryLogService } from '../delivery/delivery-log.service';
import { isNotModified } from '../delivery/telegram-api';
import { ADMIN_TEXTS, AdminTexts } from '../i18n/admin-texts';
import { decisionLine, proofCaption, proofDeliveryKey } from './review-captions';

/** The proof as shown in the admin chat, and its update once someone decided (in Telegram or the console). */
@Injectable()
export class ProofMessages {
  constructor(
    private readonly review: PaymentReviewService,
    private readonly orders: OrdersService,
    private readonly log: DeliveryLogService,
    private readonly config: AppConfig,
  ) {}

  /** The admin chat is shared by every admin: it speaks the configured language, not one admin's. */
  get chatTexts(): AdminTexts {
    return ADMIN_TEXTS[this.config.TELEGRAM_ADMIN_LANGUAGE];
  }

  async describe(paymentId: string): Promise<{ payment: ReviewedPayment; caption: string }> {
    const payment = await this.review.get(paymentId);
    // Read as the buyer reads their own order: the admin chat is told what they bought.
    const order = await this.orders.get({ id: payment.customer.id, role: Role.Customer }, payment.orderId);
    const items = order.items.map((item) => item.label);
    const t = this.chatTexts;
    const decided = decisionLine(payment, t);
    return { payment, caption: decided ? `${proofCaption(payment, items, t)}\n\n${decided}` : proofCaption(payment, items, t) };
  }

  /** Rewrites the proof's caption with who decided and when, and removes the buttons. */
  async showDecision(telegram: Telegram, paymentId: string): Promise<void> {
    const message = await this.log.messageOf(proofDeliveryKey(paymentId));
    if (!message) return;
    const { caption } = await this.describe(paymentId);
    try {
      await telegram.editMessageCaption(message.chatId, message.messageId, undefined, caption, { reply_markup: { inline_keyboard: [] } });
    } catch (error) {
      if (!isNotModified(error)) throw error;
    }
  }
}
