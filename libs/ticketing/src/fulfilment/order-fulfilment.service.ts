import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ItemKind } from '../orders/order-item.entity';
import { TicketIssuerService } from '../tickets/ticket-issuer.service';
import { ContentFulfilmentService } from './content-fulfilment.service';

/**
 * Delivers a paid order by what was bought, never by how it was paid: tickets for seats, library access for
 * films and series (an order holds one kind today; each path only touches its own items).
 */
@Injectable()
export class OrderFulfilmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: TicketIssuerService,
    private readonly content: ContentFulfilmentService,
  ) {}

  async fulfil(orderId: string): Promise<void> {
    const rows: { kind: ItemKind }[] = await this.db.query('SELECT DISTINCT kind FROM order_item WHERE order_id = $1', [orderId]);
    const kinds = new Set(rows.map((row) => row.kind));
    if (kinds.has('seat')) await this.tickets.issue(orderId);
    if (kinds.has('content')) await this.content.fulfil(orderId);
  }
}
