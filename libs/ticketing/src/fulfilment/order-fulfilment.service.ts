import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TicketIssuerService } from '../tickets/ticket-issuer.service';
import { ContentFulfilmentService } from './content-fulfilment.service';

/** Delivers a paid order: tickets for seats, library access for films and series. */
@Injectable()
export class OrderFulfilmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tickets: TicketIssuerService,
    private readonly content: ContentFulfilmentService,
  ) {}

  async fulfil(orderId: string): Promise<void> {
    const [order] = await this.db.query('SELECT payment_method FROM customer_order WHERE id = $1', [orderId]);
    if (!order) return;
    if (order.payment_method === 'mobile_money') await this.content.fulfil(orderId);
    else await this.tickets.issue(orderId);
  }
}
