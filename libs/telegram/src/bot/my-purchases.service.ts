import { Injectable } from '@nestjs/common';
import { AppConfig, PageQuery } from '@guichet/common';
import { OrdersService } from '@guichet/ticketing';
import { Role } from '@guichet/users';
import { Markup } from 'telegraf';
import { formatMoney } from '../i18n/format';
import { button, Screen } from './keyboards';
import { Turn } from './turn';

/** "Mes achats": the buyer's last orders with their status, and the library link once something is delivered. */
@Injectable()
export class MyPurchases {
  constructor(
    private readonly orders: OrdersService,
    private readonly config: AppConfig,
  ) {}

  async screen({ account, t }: Turn): Promise<Screen> {
    const back = Markup.inlineKeyboard([[button(t.menu.menu, 'menu')]]);
    if (!account.userId) return { text: t.noOrders, keyboard: back };
    const page = await this.orders.listMine({ id: account.userId, role: Role.Customer }, Object.assign(new PageQuery(), { page: 1, pageSize: 10 }));
    if (page.items.length === 0) return { text: t.noOrders, keyboard: back };
    const lines = page.items.map(
      (order) => `• n° ${order.number} — ${order.items.map((item) => item.label).join(', ')} — ${formatMoney(order.total)} — ${t.orderStatus[order.status] ?? order.status}`,
    );
    const hasContent = page.items.some((order) => order.status === 'fulfilled' && order.items.some((item) => item.type === 'content'));
    return { text: t.mine(lines, hasContent ? `${this.config.PUBLIC_URL}/library` : null), keyboard: back };
  }
}
