import { Injectable } from '@nestjs/common';
import { AppConfig, PageQuery } from '@guichet/common';
import { PaymentDetailsService } from '@guichet/payments';
import { OrdersService, OrderView } from '@guichet/ticketing';
import { CustomersService, Role } from '@guichet/users';
import { Markup } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { formatMoney } from '../i18n/format';
import { button, Screen } from './keyboards';
import { Turn } from './turn';

/** "Mes achats": the buyer's last orders with their status, and the library link once something is delivered. */
@Injectable()
export class MyPurchases {
  constructor(
    private readonly orders: OrdersService,
    private readonly payments: PaymentDetailsService,
    private readonly config: AppConfig,
    private readonly customers: CustomersService,
    private readonly accounts: TelegramAccountsService,
  ) {}

  async screen({ account, t }: Turn): Promise<Screen> {
    // Only accounts the bot created get credentials here; a linked web user already has theirs.
    const back = Markup.inlineKeyboard([...(account.accountCreated ? [[button(t.resendCredentials, 'cred')]] : []), [button(t.menu.menu, 'menu')]]);
    if (!account.userId) return { text: t.noOrders, keyboard: back };
    const page = await this.orders.listMine({ id: account.userId, role: Role.Customer }, Object.assign(new PageQuery(), { page: 1, pageSize: 10 }));
    if (page.items.length === 0) return { text: t.noOrders, keyboard: back };
    const statuses = await Promise.all(page.items.map((order) => this.statusOf(order, account.userId as string)));
    const lines = page.items.map(
      (order, index) =>
        `• n° ${order.number} — ${order.items.map((item) => item.label).join(', ')} — ${formatMoney(order.total)} — ${t.orderStatus[statuses[index]] ?? statuses[index]}`,
    );
    const hasContent = page.items.some((order) => order.status === 'fulfilled' && order.items.some((item) => item.type === 'content'));
    return { text: t.mine(lines, hasContent ? `${this.config.PUBLIC_URL}/library` : null), keyboard: back };
  }

  /** A pending Mobile Money order says where its payment is: being checked, or refused. */
  private async statusOf(order: OrderView, customerId: string): Promise<string> {
    if (order.status !== 'pending' && order.status !== 'cancelled') return order.status;
    const payment = await this.payments.forBuyer(order.id, customerId);
    return payment?.status === 'awaiting_review' || payment?.status === 'rejected' ? payment.status : order.status;
  }

  confirmResend({ t }: Turn): Screen {
    return { text: t.confirmResend, keyboard: Markup.inlineKeyboard([[button(t.yes, 'cred:ok'), button(t.no, 'mine')]]) };
  }

  /** A fresh generated password, shown once, only for the account the bot created for this person. */
  async resend({ account, t }: Turn): Promise<Screen> {
    if (!account.accountCreated || !account.userId) return this.screen({ account, t });
    const credentials = await this.customers.resetPassword(account.userId);
    await this.accounts.markCredentialsSent(account.telegramUserId);
    return {
      text: t.credentials({ username: credentials.username, password: credentials.password, url: `${this.config.PUBLIC_URL}/library` }),
      keyboard: Markup.inlineKeyboard([[button(t.menu.menu, 'menu')]]),
    };
  }
}
