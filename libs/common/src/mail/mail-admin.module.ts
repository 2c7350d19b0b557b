import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MailAdminController } from './mail-admin.controller';
import { MailFailures } from './mail-failures';
import { OutboxPage } from './outbox/outbox-page';
import { OutboxStore } from './outbox/outbox.store';
import { PlatformAdminGuard } from './platform-admin.guard';

/** Admin routes about mail: the failure count (every mode) and the local outbox, with its page at /outbox. */
@Module({
  controllers: [MailAdminController],
  providers: [
    MailFailures,
    PlatformAdminGuard,
    OutboxPage,
    { provide: OutboxStore, inject: [AppConfig], useFactory: (config: AppConfig) => new OutboxStore(config.DATA_DIR) },
  ],
  exports: [MailFailures, OutboxStore],
})
export class MailAdminModule {}
