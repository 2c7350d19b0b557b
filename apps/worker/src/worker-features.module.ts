import { Module } from '@nestjs/common';
import { MailWorkerModule } from '@guichet/common';

/** Every queue consumer; shared by the worker app and the single-process mode. */
@Module({ imports: [MailWorkerModule] })
export class WorkerFeaturesModule {}
