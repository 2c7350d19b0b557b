import { Module } from '@nestjs/common';
import { CatalogueModule } from '@guichet/catalogue';
import { PaymentsModule } from '@guichet/payments';
import { TicketingModule } from '@guichet/ticketing';
import { UsersModule } from '@guichet/users';
import { ContentEventsProcessor } from './delivery/content-events.processor';
import { OrderEventsProcessor } from './delivery/order-events.processor';
import { ReviewEventsProcessor } from './delivery/review-events.processor';
import { telegramApiProvider } from './delivery/telegram-api';
import { TelegramDeliveriesProcessor } from './delivery/telegram-deliveries.processor';
import { TelegramSharedModule } from './telegram-shared.module';

/** Everything the bot sends that is not an answer: proofs to admins, credentials, tickets, announcements. */
@Module({
  imports: [TelegramSharedModule, UsersModule, CatalogueModule, TicketingModule, PaymentsModule],
  providers: [telegramApiProvider, ReviewEventsProcessor, OrderEventsProcessor, ContentEventsProcessor, TelegramDeliveriesProcessor],
})
export class TelegramWorkerModule {}
