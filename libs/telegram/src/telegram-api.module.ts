import { Module } from '@nestjs/common';
import { LinkCodesService } from './linking/link-codes.service';
import { TelegramLinkController } from './linking/telegram-link.controller';

/** The HTTP side of the bot: a signed-in user asks for a code to link their Telegram account (REST or web page). */
@Module({ controllers: [TelegramLinkController], providers: [LinkCodesService], exports: [LinkCodesService] })
export class TelegramApiModule {}
