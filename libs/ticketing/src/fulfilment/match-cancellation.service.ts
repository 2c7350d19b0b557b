import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PaymentsService } from '@guichet/payments';
import { DataSource } from 'typeorm';
import { OrdersService } from '../orders/orders.service';
import { BuyerNotices } from '../tickets/buyer-notices.service';
import { TicketsChangedPublisher } from '../tickets/tickets-changed.publisher';
import { voidTicketsOfOrder } from '../tickets/void-tickets';

/** A cancelled match: every ticket voided, paid orders refunded and their buyers told, pending ones closed. */
@Injectable()
export class MatchCancellationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsService,
    private readonly notices: BuyerNotices,
    private readonly ticketsChanged: TicketsChangedPublisher,
  ) {}

  async cancel(matchId: string): Promise<void> {
    const affected: { id: string; status: string }[] = await this.db.query(
      `SELECT DISTINCT o.id, o.status FROM customer_order o JOIN order_item i ON i.order_id = o.id
       WHERE i.match_id = $1 AND o.status IN ('pending', 'paid', 'fulfilled')`,
      [matchId],
    );
    for (const order of affected) {
      if (order.status === 'pending') {
        await this.orders.endPending(order.id, 'cancelled');
        await this.payments.closeCheckout(order.id, 'match cancelled');
        continue;
      }
      this.ticketsChanged.changed(await this.db.transaction((manager) => voidTicketsOfOrder(manager, order.id)));
      await this.payments.refund(order.id, 'match cancelled');
      await this.db.query(`UPDATE customer_order SET status = 'refunded', updated_at = now() WHERE id = $1 AND status IN ('paid', 'fulfilled')`, [order.id]);
      await this.notices.refunded(
        order.id,
        'Le match est annulé : vos billets sont annulés et vous êtes remboursé. / The match is cancelled: your tickets are void and you are refunded in full.',
      );
    }
  }
}
