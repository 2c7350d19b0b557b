import { Module } from '@nestjs/common';
import { CatalogueModule } from '@guichet/catalogue';
import { PaymentsModule } from '@guichet/payments';
import { TicketingModule } from '@guichet/ticketing';
import { UsersModule } from '@guichet/users';
import { AccountLinking } from './bot/account-linking.service';
import { AdminRelay } from './bot/admin-relay.service';
import { BuyersService } from './bot/buyers.service';
import { CallbacksUpdate } from './bot/callbacks.update';
import { CatalogueScreens } from './bot/catalogue-screens.service';
import { ContentPurchase } from './bot/content-purchase.service';
import { ConversationUpdate } from './bot/conversation.update';
import { MyPurchases } from './bot/my-purchases.service';
import { NotificationSettings } from './bot/notification-settings.service';
import { PaymentReviewFlow } from './bot/payment-review.flow';
import { Recommendations } from './bot/recommendations.service';
import { ScreenPresenter } from './bot/screen-presenter.service';
import { SeatPurchase } from './bot/seat-purchase.service';
import { LinkCodesService } from './linking/link-codes.service';
import { TelegramSharedModule } from './telegram-shared.module';

/** The bot's update handlers; hosted by apps/bot next to TelegrafModule (which owns the connection to Telegram). */
@Module({
  imports: [TelegramSharedModule, UsersModule, CatalogueModule, TicketingModule, PaymentsModule],
  providers: [
    ConversationUpdate,
    CallbacksUpdate,
    CatalogueScreens,
    ScreenPresenter,
    BuyersService,
    ContentPurchase,
    SeatPurchase,
    PaymentReviewFlow,
    AdminRelay,
    AccountLinking,
    LinkCodesService,
    MyPurchases,
    NotificationSettings,
    Recommendations,
  ],
})
export class TelegramBotModule {}
