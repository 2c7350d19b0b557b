import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MailFailures } from './mail-failures';
import { MailTransport } from './mail-transport';
import { MailProcessor } from './mail.processor';
import { OutboxMailTransport } from './outbox/outbox-mail.transport';
import { OutboxStore } from './outbox/outbox.store';
import { SmtpMailTransport } from './smtp-mail.transport';

/** The consumer side of the mail queue, loaded by the worker app only. Production always has SMTP_URL (config check). */
@Module({
  providers: [
    {
      provide: MailTransport,
      inject: [AppConfig],
      useFactory: (config: AppConfig): MailTransport =>
        config.SMTP_URL ? new SmtpMailTransport(config.SMTP_URL, config.MAIL_FROM) : new OutboxMailTransport(new OutboxStore(config.DATA_DIR)),
    },
    MailFailures,
    MailProcessor,
  ],
})
export class MailWorkerModule {}
