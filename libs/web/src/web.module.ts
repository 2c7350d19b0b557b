import { Module, OnModuleInit } from '@nestjs/common';
import { CatalogueModule } from '@guichet/catalogue';
import { PaymentsModule } from '@guichet/payments';
import { TelegramApiModule, TelegramSharedModule } from '@guichet/telegram';
import { TicketingModule } from '@guichet/ticketing';
import { UsersModule } from '@guichet/users';
import { AssetRoutes } from './assets/asset-routes';
import { WebRouter } from './http/web-router';
import { AccountPages } from './pages/account-pages';
import { AuthPages } from './pages/auth-pages';
import { ContentPages } from './pages/content-pages';
import { InvitationPages } from './pages/invitation-pages';
import { LibraryPages } from './pages/library-pages';
import { MatchPages } from './pages/match-pages';
import { OrderPages } from './pages/order-pages';
import { TicketCards } from './pages/ticket-cards';
import { WebSessionsService } from './sessions/web-sessions.service';

const PAGES = [AuthPages, AccountPages, MatchPages, OrderPages, ContentPages, LibraryPages, InvitationPages];

/** The server-rendered pages for supporters and film buyers; a client of the domain services like any other. */
@Module({
  imports: [UsersModule, CatalogueModule, TicketingModule, PaymentsModule, TelegramApiModule, TelegramSharedModule],
  providers: [WebSessionsService, WebRouter, AssetRoutes, TicketCards, ...PAGES],
})
export class WebModule implements OnModuleInit {
  constructor(
    private readonly router: WebRouter,
    private readonly assets: AssetRoutes,
    private readonly auth: AuthPages,
    private readonly account: AccountPages,
    private readonly matches: MatchPages,
    private readonly orders: OrderPages,
    private readonly content: ContentPages,
    private readonly library: LibraryPages,
    private readonly invitations: InvitationPages,
  ) {}

  onModuleInit(): void {
    this.assets.register();
    this.auth.register();
    this.account.register();
    this.matches.register();
    this.orders.register();
    this.content.register();
    this.library.register();
    this.invitations.register();
    this.router.notFoundPages();
  }
}
