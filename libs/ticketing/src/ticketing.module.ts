import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@guichet/catalogue';
import { MailModule } from '@guichet/common';
import { PaymentsModule } from '@guichet/payments';
import { UsersModule } from '@guichet/users';
import { FulfilmentQueue } from './fulfilment/fulfilment-queue';
import { MatchCancellationService } from './fulfilment/match-cancellation.service';
import { PaymentOutcomesService } from './fulfilment/payment-outcomes.service';
import { OrderItem } from './orders/order-item.entity';
import { Order } from './orders/order.entity';
import { OrdersController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';
import { SeatHoldsService } from './orders/seat-holds.service';
import { SweepsService } from './sweeps/sweeps.service';
import { BuyerNotices } from './tickets/buyer-notices.service';
import { TicketIssuerService } from './tickets/ticket-issuer.service';
import { TicketKeysService } from './tickets/ticket-keys.service';
import { Ticket } from './tickets/ticket.entity';
import { TicketsController } from './tickets/tickets.controller';
import { TicketsService } from './tickets/tickets.service';

/** Orders (seat holds), tickets and their fulfilment. */
@Module({
  imports: [TypeOrmModule.forFeature([Order, OrderItem, Ticket]), UsersModule, CatalogueModule, PaymentsModule, MailModule],
  controllers: [OrdersController, TicketsController],
  providers: [
    OrdersService,
    SeatHoldsService,
    TicketsService,
    TicketKeysService,
    TicketIssuerService,
    BuyerNotices,
    FulfilmentQueue,
    PaymentOutcomesService,
    MatchCancellationService,
    SweepsService,
  ],
  exports: [OrdersService, TicketKeysService, TicketIssuerService, PaymentOutcomesService, MatchCancellationService, SweepsService],
})
export class TicketingModule {}
