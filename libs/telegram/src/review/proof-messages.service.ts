import { Injectable } from '@nestjs/common';
import { PaymentReviewService, ReviewedPayment } from '@guichet/payments';
import { OrdersService } from '@guichet/ticketing';
import { Role } from '@guichet/users';
import { Telegram } from 'telegraf';
import { DeliveryLogService } from '../delivery/delivery-log.service';
import { isNotModified } from '../delivery/telegram-api';
import { decisionLine, proofCaption, proofDeliveryKey } from './review-captions';

/** The proof as shown in the admin chat, and its update once someone decided (in Telegram or the console). */
@Injectable()
export class ProofMessages {
  constructor(
    private readonly review: PaymentReviewService,
    private readonly orders: OrdersService,
    private readonly log: DeliveryLogService,
  ) {}

  async describe(paymentId: string): Promise<{ payment: ReviewedPayment; caption: string }> {
    const payment = await this.review.get(paymentId);
    // Read as the buyer reads their own order: the admin chat is told what they bought.
    const order = await this.orders.get({ id: payment.customer.id, role: Role.Customer }, payment.orderId);
    const items = order.items.map((item) => item.label);
    const decided = decisionLine(payment);
    return { payment, caption: decided ? `${proofCaption(payment, items)}\n\n${decided}` : proofCaption(payment, items) };
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
