import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContentService, ContentSummary, ContentType } from '@guichet/catalogue';
import { ContentPaymentProvider, StartedPayment } from '@guichet/payments';
import { AuthUser } from '@guichet/users';
import { DataSource } from 'typeorm';
import { EntitlementsService } from '../entitlements/entitlements.service';
import { ContentItemDto } from './dto/create-order.dto';
import { OrderItem } from './order-item.entity';
import { Order } from './order.entity';
import { OrdersService } from './orders.service';
import { OrderView, orderView } from './order-view';
import { ticketingError } from '../ticketing.errors';

const labelOf = (item: ContentSummary) =>
  item.type === ContentType.Episode
    ? `${item.seriesTitle ?? ''} — S${item.seasonNumber}E${item.episodeNumber} ${item.title ?? ''}`.trim()
    : item.type === ContentType.Season
      ? `${item.seriesTitle ?? ''} — ${item.title ?? `Saison ${item.seasonNumber}`}`
      : (item.title ?? '');

/** Films and series, paid by Mobile Money: the order is priced from the catalogue, then payment instructions follow. */
@Injectable()
export class ContentOrdersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly content: ContentService,
    private readonly entitlements: EntitlementsService,
    private readonly orders: OrdersService,
    private readonly provider: ContentPaymentProvider,
  ) {}

  async create(caller: AuthUser, items: ContentItemDto[], paymentMethod: string): Promise<{ order: OrderView; payment: StartedPayment }> {
    if (paymentMethod !== 'mobile_money') {
      throw ticketingError('validation', 'Films and series are paid by Mobile Money.', {
        errors: [{ field: 'paymentMethod', message: 'content is paid with "mobile_money"' }],
      });
    }
    const keys = items.map((item) => `${item.contentType}:${item.contentId}`);
    if (new Set(keys).size !== keys.length) throw ticketingError('duplicate-item');
    const found = await this.content.describeMany(items.map((item) => ({ type: item.contentType, id: item.contentId })));
    if (found.length !== items.length) throw ticketingError('not-found', 'One of the items does not exist.', { title: 'Content not found' });
    for (const item of found) await this.assertBuyable(caller, item);
    const currencies = new Set(found.map((item) => item.price?.currency));
    if (currencies.size > 1) throw ticketingError('mixed-currencies', 'Buy them in separate orders.');

    const { order, saved } = await this.db.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(Order, {
          customerId: caller.id,
          clubId: null,
          status: 'pending',
          paymentMethod: 'mobile_money',
          totalAmount: found.reduce((sum, item) => sum + (item.price?.amount ?? 0), 0),
          currency: found[0].price?.currency ?? 'XAF',
          expiresAt: null,
        }),
      );
      const lines = await manager.save(
        found.map((item) =>
          manager.create(OrderItem, {
            orderId: created.id,
            kind: 'content',
            contentType: item.type,
            contentId: item.id,
            quantity: 1,
            unitAmount: item.price?.amount ?? 0,
            currency: item.price?.currency ?? 'XAF',
            label: labelOf(item),
          }),
        ),
      );
      return { order: created, saved: lines };
    });
    try {
      const payment = await this.provider.start({ orderId: order.id, customerId: caller.id, amount: order.totalAmount, currency: order.currency });
      return { order: orderView(order, saved, payment), payment };
    } catch (error) {
      await this.orders.endPending(order.id, 'cancelled');
      throw error;
    }
  }

  private async assertBuyable(caller: AuthUser, item: ContentSummary): Promise<void> {
    if (await this.entitlements.owns(caller.id, item.type, item.id)) {
      throw ticketingError('already-owned', `"${labelOf(item)}" is in your library.`);
    }
    if (item.archived) throw ticketingError('not-on-sale', `"${labelOf(item)}" was withdrawn from the catalogue.`, { title: 'Not on sale any more' });
    if (!item.price) throw ticketingError('not-sold-alone', `Buy the season or the series that contains "${labelOf(item)}".`);
  }
}
