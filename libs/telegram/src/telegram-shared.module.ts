import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PaymentsModule } from '@guichet/payments';
import { TicketingModule } from '@guichet/ticketing';
import { TelegramAccount } from './accounts/telegram-account.entity';
import { TelegramAccountsService } from './accounts/telegram-accounts.service';
import { DeliveryLogService } from './delivery/delivery-log.service';
import { OnceSender } from './delivery/once-sender.service';
import { ClubFollowsService } from './follows/club-follows.service';
import { ProofMessages } from './review/proof-messages.service';

/** The bot's tables and what both the bot process and the worker do with them. */
@Module({
  imports: [TypeOrmModule.forFeature([TelegramAccount]), PaymentsModule, TicketingModule],
  providers: [TelegramAccountsService, DeliveryLogService, OnceSender, ProofMessages, ClubFollowsService],
  exports: [TelegramAccountsService, DeliveryLogService, OnceSender, ProofMessages, ClubFollowsService],
})
export class TelegramSharedModule {}
