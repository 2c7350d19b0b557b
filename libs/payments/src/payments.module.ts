import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@guichet/common';
import { UsersModule } from '@guichet/users';
import { PaymentEventsPublisher } from './payments/payment-events.publisher';
import { Payment } from './payments/payment.entity';
import { PaymentsService } from './payments/payments.service';
import { ClubPaymentAccount } from './stripe/club-payment-account.entity';
import { StripeClient } from './stripe/stripe-client';
import { StripeConnectController } from './stripe/stripe-connect.controller';
import { StripeConnectService } from './stripe/stripe-connect.service';
import { StripeWebhookController } from './webhooks/stripe-webhook.controller';
import { StripeWebhookService } from './webhooks/stripe-webhook.service';

/** Payments: Stripe Connect checkouts and refunds, webhooks applied once, outcomes announced as jobs. */
@Module({
  imports: [TypeOrmModule.forFeature([Payment, ClubPaymentAccount]), UsersModule],
  controllers: [StripeConnectController, StripeWebhookController],
  providers: [
    { provide: StripeClient, inject: [AppConfig], useFactory: (config: AppConfig) => new StripeClient(config) },
    StripeConnectService,
    StripeWebhookService,
    PaymentEventsPublisher,
    PaymentsService,
  ],
  exports: [PaymentsService],
})
export class PaymentsModule {}
