import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig, JobHandlers, JobName, JobProcessor, PaymentEventJob, PaymentReviewedJob, QueueName } from '@guichet/common';
import { PaymentProofService, PaymentReviewService } from '@guichet/payments';
import { Job } from 'bullmq';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { TEXTS } from '../i18n/texts';
import { ProofMessages } from '../review/proof-messages.service';
import { proofDeliveryKey, reviewKeyboard } from '../review/review-captions';
import { OnceSender } from './once-sender.service';
import { TelegramApi } from './telegram-api';

/** Proofs go to the admin chat with Approve / Reject buttons; decisions update that message and reach the buyer. */
@Processor(QueueName.PaymentReviewEvents, { concurrency: 2 })
export class ReviewEventsProcessor extends JobProcessor {
  protected readonly queue = QueueName.PaymentReviewEvents;
  private readonly logger = new Logger(ReviewEventsProcessor.name);

  constructor(
    private readonly api: TelegramApi,
    private readonly config: AppConfig,
    private readonly proofs: PaymentProofService,
    private readonly review: PaymentReviewService,
    private readonly messages: ProofMessages,
    private readonly accounts: TelegramAccountsService,
    private readonly once: OnceSender,
  ) {
    super();
  }

  protected handlers(): JobHandlers {
    return {
      [JobName.ProofReceived]: (job: Job<PaymentEventJob>) => this.proofReceived(job.data),
      [JobName.PaymentReviewed]: (job: Job<PaymentReviewedJob>) => this.reviewed(job.data),
    };
  }

  private async proofReceived({ paymentId }: PaymentEventJob): Promise<void> {
    const telegram = this.api.client;
    const adminChat = this.config.TELEGRAM_ADMIN_CHAT_ID;
    if (!telegram || !adminChat) return;
    const { payment, caption } = await this.messages.describe(paymentId);
    const open = payment.status === 'awaiting_review';
    await this.once.send(proofDeliveryKey(paymentId), adminChat, async () => {
      const image = await this.proofs.proof(paymentId);
      return telegram.sendPhoto(
        adminChat,
        { source: image.body, filename: 'preuve.jpg' },
        { caption, ...(open ? reviewKeyboard(paymentId, this.messages.chatTexts) : {}) },
      );
    });
  }

  private async reviewed({ paymentId, decision }: PaymentReviewedJob): Promise<void> {
    const telegram = this.api.client;
    if (!telegram) return;
    await this.messages.showDecision(telegram, paymentId);
    if (decision !== 'rejected') return;
    const payment = await this.review.get(paymentId);
    const buyer = await this.accounts.findByUser(payment.customer.id);
    if (!buyer || buyer.blockedAt) return;
    const text = TEXTS[buyer.language].rejected({ reference: payment.reference ?? '', reason: payment.rejectReason ?? '' });
    const outcome = await this.once.send(`rejected:${paymentId}`, buyer.chatId, () => telegram.sendMessage(buyer.chatId, text));
    if (outcome === 'blocked') this.logger.warn(`Buyer ${buyer.telegramUserId} blocked the bot; rejection not delivered`);
  }
}
