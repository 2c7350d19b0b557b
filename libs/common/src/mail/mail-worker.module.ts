import { MailerModule } from '@nestjs-modules/mailer';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MailProcessor } from './mail.processor';

/** The consumer side of the mail queue, loaded by the worker app only. */
@Module({
  imports: [
    MailerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ transport: config.SMTP_URL, defaults: { from: config.MAIL_FROM } }),
    }),
  ],
  providers: [MailProcessor],
})
export class MailWorkerModule {}
