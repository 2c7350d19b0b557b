import { Processor } from '@nestjs/bullmq';
import { AppConfig, formatKickoff, JobHandlers, JobName, JobProcessor, OrderFulfilledJob, QueueName } from '@guichet/common';
import { MatchesService } from '@guichet/catalogue';
import { OrdersService, TicketsService } from '@guichet/ticketing';
import { AuthUser, CustomersService, Role } from '@guichet/users';
import { Job } from 'bullmq';
import { TelegramAccount } from '../accounts/telegram-account.entity';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { matchTitle } from '../bot/seat-purchase.service';
import { TEXTS } from '../i18n/texts';
import { OnceSender } from './once-sender.service';
import { TelegramApi } from './telegram-api';

/** A delivered order reaches the buyer's chat: the library link (and credentials the first time), or the tickets as QR photos. */
@Processor(QueueName.OrderEvents, { concurrency: 2 })
export class OrderEventsProcessor extends JobProcessor {
  protected readonly queue = QueueName.OrderEvents;

  constructor(
    private readonly api: TelegramApi,
    private readonly config: AppConfig,
    private readonly accounts: TelegramAccountsService,
    private readonly orders: OrdersService,
    private readonly tickets: TicketsService,
    private readonly matches: MatchesService,
    private readonly customers: CustomersService,
    private readonly once: OnceSender,
  ) {
    super();
  }

  protected handlers(): JobHandlers {
    return { [JobName.OrderFulfilled]: (job: Job<OrderFulfilledJob>) => this.fulfilled(job.data) };
  }

  private async fulfilled(event: OrderFulfilledJob): Promise<void> {
    if (!this.api.client) return;
    const buyer = await this.accounts.findByUser(event.customerId);
    if (!buyer || buyer.blockedAt) return;
    const caller: AuthUser = { id: event.customerId, role: Role.Customer };
    if (event.kind === 'content') await this.library(buyer, caller, event.orderId);
    else await this.sendTickets(buyer, caller, event.orderId);
  }

  /**
   * A buyer whose account the bot created gets credentials once, with their first approved order: a fresh
   * password is generated at that moment (only its hash is kept), as POST /admin/customers does.
   */
  private async library(buyer: TelegramAccount, caller: AuthUser, orderId: string): Promise<void> {
    const telegram = this.api.client;
    if (!telegram) return;
    const t = TEXTS[buyer.language];
    const order = await this.orders.get(caller, orderId);
    const items = order.items.map((item) => item.label);
    const url = `${this.config.PUBLIC_URL}/library`;
    if (await this.accounts.claimCredentials(buyer.telegramUserId)) {
      try {
        const credentials = await this.customers.resetPassword(caller.id);
        const text = t.approvedNewAccount({ items, url, username: credentials.username, password: credentials.password });
        await this.once.send(`library:${orderId}`, buyer.chatId, () => telegram.sendMessage(buyer.chatId, text));
      } catch (error) {
        await this.accounts.releaseCredentials(buyer.telegramUserId);
        throw error;
      }
      return;
    }
    await this.once.send(`library:${orderId}`, buyer.chatId, () => telegram.sendMessage(buyer.chatId, t.approvedExisting({ items, url })));
  }

  /** One photo per ticket, each sent once: a retried job sends only the ones still missing. */
  private async sendTickets(buyer: TelegramAccount, caller: AuthUser, orderId: string): Promise<void> {
    const telegram = this.api.client;
    if (!telegram) return;
    const t = TEXTS[buyer.language];
    const tickets = (await this.tickets.mine(caller)).filter((ticket) => ticket.orderId === orderId && ticket.status === 'valid').reverse();
    for (const [index, ticket] of tickets.entries()) {
      const match = await this.matches.get(ticket.matchId);
      const stand = match.stands.find((candidate) => candidate.standId === ticket.standId)?.name ?? '';
      const caption = t.ticketCaption({
        index: index + 1,
        count: tickets.length,
        match: matchTitle(match, buyer.language),
        stand,
        kickoff: formatKickoff(match.kickoffAt, buyer.language),
      });
      const outcome = await this.once.send(`ticket:${ticket.id}`, buyer.chatId, async () => {
        const png = (await this.tickets.qr(caller, ticket.id, 'png')) as Buffer;
        return telegram.sendPhoto(buyer.chatId, { source: png, filename: `billet-${index + 1}.png` }, { caption });
      });
      if (outcome === 'blocked') return;
    }
  }
}
