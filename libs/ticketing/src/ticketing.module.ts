import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@guichet/catalogue';
import { MailModule } from '@guichet/common';
import { PaymentsModule } from '@guichet/payments';
import { UsersModule } from '@guichet/users';
import { CheckoutController } from './checkout/checkout.controller';
import { CheckoutLinks } from './checkout/checkout-links';
import { CheckoutService } from './checkout/checkout.service';
import { PayLinkRoute } from './checkout/pay-link.route';
import { FulfilmentQueue } from './fulfilment/fulfilment-queue';
import { OrderEventsPublisher } from './fulfilment/order-events.publisher';
import { ContentFulfilmentService } from './fulfilment/content-fulfilment.service';
import { MatchCancellationService } from './fulfilment/match-cancellation.service';
import { MatchChanges } from './fulfilment/match-changes.service';
import { OrderFulfilmentService } from './fulfilment/order-fulfilment.service';
import { PaymentOutcomesService } from './fulfilment/payment-outcomes.service';
import { MatchOrdersController } from './match-orders/match-orders.controller';
import { MatchOrdersService } from './match-orders/match-orders.service';
import { OrderItem } from './orders/order-item.entity';
import { Order } from './orders/order.entity';
import { OrdersController } from './orders/orders.controller';
import { OrderPlacementService } from './orders/order-placement.service';
import { OrdersService } from './orders/orders.service';
import { ContentOrdersService } from './orders/content-orders.service';
import { SeatHoldsService } from './orders/seat-holds.service';
import { SeatOrdersService } from './orders/seat-orders.service';
import { HoldAdmission } from './orders/hold-admission';
import { SellingClubs } from './orders/selling-clubs';
import { SweepsService } from './sweeps/sweeps.service';
import { AdminStatsController } from './stats/admin-stats.controller';
import { AdminStatsService } from './stats/admin-stats.service';
import { BestSellersService } from './stats/best-sellers.service';
import { AdminEntitlementsController } from './entitlements/admin-entitlements.controller';
import { Entitlement } from './entitlements/entitlement.entity';
import { EntitlementsService } from './entitlements/entitlements.service';
import { DownloadsController } from './library/downloads.controller';
import { LibraryController } from './library/library.controller';
import { LibraryService } from './library/library.service';
import { BuyerNotices } from './tickets/buyer-notices.service';
import { TicketIssuerService } from './tickets/ticket-issuer.service';
import { TicketKeysService } from './tickets/ticket-keys.service';
import { TicketReads } from './tickets/ticket-reads.service';
import { Ticket } from './tickets/ticket.entity';
import { TicketsController } from './tickets/tickets.controller';
import { TicketsService } from './tickets/tickets.service';
import { TicketsChangedPublisher } from './tickets/tickets-changed.publisher';

/** Orders (seat holds), tickets and their fulfilment. */
@Module({
  imports: [TypeOrmModule.forFeature([Order, OrderItem, Ticket, Entitlement]), UsersModule, CatalogueModule, PaymentsModule, MailModule],
  controllers: [
    OrdersController,
    MatchOrdersController,
    CheckoutController,
    TicketsController,
    AdminEntitlementsController,
    LibraryController,
    DownloadsController,
    AdminStatsController,
  ],
  providers: [
    OrdersService,
    MatchOrdersService,
    OrderPlacementService,
    SeatOrdersService,
    ContentOrdersService,
    SeatHoldsService,
    HoldAdmission,
    SellingClubs,
    CheckoutLinks,
    CheckoutService,
    PayLinkRoute,
    TicketsService,
    TicketKeysService,
    TicketReads,
    TicketIssuerService,
    TicketsChangedPublisher,
    BuyerNotices,
    FulfilmentQueue,
    OrderEventsPublisher,
    PaymentOutcomesService,
    MatchCancellationService,
    MatchChanges,
    ContentFulfilmentService,
    OrderFulfilmentService,
    SweepsService,
    EntitlementsService,
    LibraryService,
    AdminStatsService,
    BestSellersService,
  ],
  exports: [
    TicketReads,
    BestSellersService,
    SeatOrdersService,
    ContentOrdersService,
    TicketsService,
    LibraryService,
    EntitlementsService,
    OrderFulfilmentService,
    OrdersService,
    TicketKeysService,
    TicketIssuerService,
    PaymentOutcomesService,
    MatchCancellationService,
    MatchChanges,
    SweepsService,
  ],
})
export class TicketingModule {}
