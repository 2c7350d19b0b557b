import { Module } from '@nestjs/common';
import { CatalogueWorkerModule } from '@guichet/catalogue';
import { MailWorkerModule } from '@guichet/common';
import { TelegramWorkerModule } from '@guichet/telegram';
import { TicketingWorkerModule } from '@guichet/ticketing';

/** Every queue consumer; shared by the worker app and the single-process mode. */
@Module({ imports: [MailWorkerModule, CatalogueWorkerModule, TicketingWorkerModule, TelegramWorkerModule] })
export class WorkerFeaturesModule {}
