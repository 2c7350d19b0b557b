import { Injectable } from '@nestjs/common';
import { CSRF_FIELD, DomainError, FileSource, multipartFile } from '@guichet/common';
import { PaymentDetailsService, PaymentProofService } from '@guichet/payments';
import { OrdersService, OrderView, TicketsService } from '@guichet/ticketing';
import type { AuthUser, User } from '@guichet/users';
import { field, isUuid, PageContext, PageResult, redirect } from '../http/page-context';
import { WebRouter } from '../http/web-router';
import { pageNotFound } from '../http/web-errors';
import { orderView, OrderPageData } from '../views/order-views';
import { ticketsView } from '../views/ticket-views';
import { TicketCards } from './ticket-cards';

const caller = (user: User): AuthUser => ({ id: user.id, role: user.role, ...(user.clubId ? { clubId: user.clubId } : {}) });

/** The order page (Stripe's return page, Mobile Money instructions and proof), and the buyer's tickets. */
@Injectable()
export class OrderPages {
  constructor(
    private readonly router: WebRouter,
    private readonly orders: OrdersService,
    private readonly tickets: TicketsService,
    private readonly cards: TicketCards,
    private readonly payments: PaymentDetailsService,
    private readonly proofs: PaymentProofService,
  ) {}

  register(): void {
    this.router.get('/orders/:id', async (ctx) => {
      const user = this.loggedIn(ctx);
      if (!user) return this.toLogin(ctx);
      const returned = field(ctx.request.query, 'paid') ? 'paid' : field(ctx.request.query, 'cancelled') ? 'cancelled' : undefined;
      return this.render(ctx, user, await this.order(ctx, user), returned);
    });
    this.router.post('/orders/:id/cancel', async (ctx) => {
      const user = this.loggedIn(ctx);
      if (!user) return this.toLogin(ctx);
      const order = await this.order(ctx, user);
      // Already paid or ended meanwhile: the order page explains where it stands.
      await this.orders.cancel(caller(user), order.id).catch((error: unknown) => {
        if (!(error instanceof DomainError && error.status === 409)) throw error;
      });
      return redirect(`/orders/${order.id}`);
    });
    this.router.post('/orders/:id/proof', (ctx) => this.proof(ctx), { csrfInHandler: true });
    this.router.get('/me/tickets', async (ctx) => {
      const user = this.loggedIn(ctx);
      if (!user) return this.toLogin(ctx);
      return { body: ticketsView(ctx, await this.cards.grouped(await this.tickets.mine(caller(user)))) };
    });
  }

  private loggedIn(ctx: PageContext): User | undefined {
    return ctx.user;
  }

  private toLogin(ctx: PageContext): PageResult {
    return redirect(`/login?next=${encodeURIComponent(ctx.here)}`);
  }

  /** Someone else's order answers 404 like a missing one. */
  private async order(ctx: PageContext, user: User): Promise<OrderView> {
    const id = (ctx.request.params as { id: string }).id;
    if (!isUuid(id)) throw pageNotFound();
    const order = await this.orders.get(caller(user), id);
    if (order.items.length === 0) throw pageNotFound();
    return order;
  }

  private async render(ctx: PageContext, user: User, order: OrderView, returned: OrderPageData['returned'], proofError?: string): Promise<PageResult> {
    const [payment, tickets] = await Promise.all([
      this.payments.forBuyer(order.id, user.id),
      order.status === 'fulfilled' && order.items.some((item) => item.type === 'seat')
        ? this.tickets.mine(caller(user)).then((all) => this.cards.grouped(all.filter((ticket) => ticket.orderId === order.id)))
        : Promise.resolve([]),
    ]);
    return orderView(ctx, { order, payment, tickets, returned, proofError });
  }

  private async proof(ctx: PageContext): Promise<PageResult> {
    const user = this.loggedIn(ctx);
    if (!user) return this.toLogin(ctx);
    const order = await this.order(ctx, user);
    // The hidden CSRF field comes before the file in the form, so it is known before any byte is stored.
    const files = multipartFile(ctx.request);
    const source: FileSource = async (limits) => {
      const part = await files(limits);
      const token = part.fields[CSRF_FIELD];
      this.router.checkCsrf(ctx, token && !Array.isArray(token) && 'value' in token ? token.value : undefined);
      return part;
    };
    try {
      await this.proofs.attach(order.id, user.id, source);
      return redirect(`/orders/${order.id}`);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      const t = ctx.t.order.mm;
      const message =
        error.status === 415 ? t.notImage : error.status === 413 ? t.tooLarge : error.code === 'file-missing' ? t.missing : (error.detail ?? error.title);
      return this.render(ctx, user, await this.orders.get(caller(user), order.id), undefined, message);
    }
  }
}
