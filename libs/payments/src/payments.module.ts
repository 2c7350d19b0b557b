import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, MailModule } from '@guichet/common';
import { UsersModule } from '@guichet/users';
import { ManualReviewProvider } from './mobile-money/manual-review.provider';
import { PaymentEventsPublisher } from './payments/payment-events.publisher';
import { ContentPaymentProvider } from './providers/content-payment-provider';
import { PaymentReviewController } from './review/payment-review.controller';
import { PaymentProofService } from './review/payment-proof.service';
import { PaymentReviewService } from './review/payment-review.service';
import { ReviewEventsPublisher } from './review/review-events.publisher';
import { PaymentStatsService } from './stats/payment-stats.service';
import { Payment } from './payments/payment.entity';
import { PaymentDetailsService } from './payments/payment-details.service';
import { PaymentsService } from './payments/payments.service';
import { ClubPaymentAccount } from './stripe/club-payment-account.entity';
import { StripeClient } from './stripe/stripe-client';
import { StripeConnectController } from './stripe/stripe-connect.controller';
import { StripeConnectService } from './stripe/stripe-connect.service';
import { StripeWebhookController } from './webhooks/stripe-webhook.controller';
import { StripeWebhookService } from './webhooks/stripe-webhook.service';
import { TransactionsController } from './transactions/transactions.controller';
import { TransactionsService } from './transactions/transactions.service';

/** Payments: Stripe Connect checkouts and refunds, Mobile Money with admin review; outcomes announced as jobs. */
@Module({
  imports: [TypeOrmModule.forFeature([Payment, ClubPaymentAccount]), UsersModule, MailModule],
  controllers: [StripeConnectController, StripeWebhookController, PaymentReviewController, TransactionsController],
  providers: [
    { provide: StripeClient, inject: [AppConfig], useFactory: (config: AppConfig) => new StripeClient(config) },
    StripeConnectService,
    StripeWebhookService,
    PaymentEventsPublisher,
    PaymentsService,
    PaymentReviewService,
    ReviewEventsPublisher,
    PaymentProofService,
    PaymentStatsService,
    PaymentDetailsService,
    TransactionsService,
    // The manual Mobile Money review; an aggregator provider would be bound here instead.
    { provide: ContentPaymentProvider, useClass: ManualReviewProvider },
  ],
  exports: [PaymentsService, ContentPaymentProvider, PaymentStatsService, PaymentProofService, PaymentReviewService, PaymentDetailsService],
})
export class PaymentsModule {}
