import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContentType } from '@guichet/catalogue';
import { AppConfig, MailService } from '@guichet/common';
import { UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';
import { EntitlementsService } from '../entitlements/entitlements.service';
import { OrderItem } from '../orders/order-item.entity';
import { Order } from '../orders/order.entity';
import { OrderEventsPublisher } from './order-events.publisher';

/** A paid content order: the customer owns each item (idempotent grants), then is told where to find them. */
@Injectable()
export class ContentFulfilmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly entitlements: EntitlementsService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly events: OrderEventsPublisher,
    private readonly users: UsersService,
  ) {}

  async fulfil(orderId: string): Promise<void> {
    const order = await this.db.transaction(async (manager) => {
      const locked = await manager.findOne(Order, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
      if (!locked || (locked.status !== 'paid' && locked.status !== 'fulfilled')) return undefined;
      for (const item of await manager.findBy(OrderItem, { orderId, kind: 'content' })) {
        await this.entitlements.grant(locked.customerId, item.contentType as ContentType, item.contentId as string, { orderId }, manager);
      }
      await manager.update(Order, { id: orderId, status: 'paid' }, { status: 'fulfilled', fulfilledAt: new Date() });
      return locked;
    });
    if (!order) return;
    await this.notify(order);
    await this.events.fulfilled({ orderId, customerId: order.customerId, kind: 'content' });
  }

  private async notify(order: Order): Promise<void> {
    const buyer = (await this.users.contacts([order.customerId])).get(order.customerId);
    if (!buyer?.email) return;
    const labels: { label: string }[] = await this.db.query('SELECT label FROM order_item WHERE order_id = $1 ORDER BY label', [order.id]);
    await this.mail.send(`library-${order.id}`, {
      to: buyer.email,
      subject: `Paiement validé — commande n° ${order.number} / Payment approved`,
      text: [
        `Bonjour ${buyer.displayName},`,
        'Votre paiement est validé. Vos contenus sont dans votre bibliothèque / Your content is in your library:',
        ...labels.map(({ label }) => `- ${label}`),
        `${this.config.PUBLIC_URL}/library`,
      ].join('\n'),
    });
  }
}
