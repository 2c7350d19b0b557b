import { Module } from '@nestjs/common';
import { MailWorkerModule } from '@guichet/common';
import { TicketingWorkerModule } from '@guichet/ticketing';

/** Every queue consumer; shared by the worker app and the single-process mode. */
@Module({ imports: [MailWorkerModule, TicketingWorkerModule] })
export class WorkerFeaturesModule {}
