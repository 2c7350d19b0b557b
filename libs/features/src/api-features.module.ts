import { Module } from '@nestjs/common';
import { AccessModule } from '@guichet/access';
import { CatalogueModule } from '@guichet/catalogue';
import { HealthModule, MailAdminModule } from '@guichet/common';
import { PaymentsModule } from '@guichet/payments';
import { TelegramApiModule } from '@guichet/telegram';
import { TicketingModule } from '@guichet/ticketing';
import { UsersModule } from '@guichet/users';
import { WebModule } from '@guichet/web';

/** Everything the HTTP API serves; shared by the api app and the single-process mode. */
@Module({ imports: [HealthModule, UsersModule, CatalogueModule, TicketingModule, PaymentsModule, AccessModule, TelegramApiModule, WebModule, MailAdminModule] })
export class ApiFeaturesModule {}
