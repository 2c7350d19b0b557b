import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MatchesService, MatchView } from '@guichet/catalogue';
import { formatKickoff, MailAttachment } from '@guichet/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrderItem } from '../orders/order-item.entity';
import { Order } from '../orders/order.entity';
import { OrderEventsPublisher } from '../fulfilment/order-events.publisher';
import { BuyerNotices } from './buyer-notices.service';
import { qrPng } from './qr';
import { signTicketCode } from './ticket-code';
import { TicketKeysService } from './ticket-keys.service';
import type { TicketsChanged } from './tickets-changed';
import { TicketsChangedPublisher } from './tickets-changed.publisher';

interface MailLine {
  code: string;
  label: string;
  matchId: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Paid order → one signed ticket per seat, then one mail with every QR inline and attached. */
@Injectable()
export class TicketIssuerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly keys: TicketKeysService,
    private readonly notices: BuyerNotices,
    private readonly events: OrderEventsPublisher,
    private readonly matches: MatchesService,
    private readonly ticketsChanged: TicketsChangedPublisher,
  ) {}

  async issue(orderId: string): Promise<void> {
    const issued = await this.db.transaction((manager) => this.createTickets(manager, orderId));
    if (!issued) return;
    // Before the mail: the organizer's live attendance should move with the sale, not with the SMTP server.
    this.ticketsChanged.changed(issued.sold);
    await this.mailTickets(orderId);
    await this.events.fulfilled({ orderId, customerId: issued.customerId, kind: 'seats' });
  }

  /** Idempotent: (order item, seat number) is unique, and the order moves paid → fulfilled once. Answers the buyer's id and what it sold. */
  private async createTickets(manager: EntityManager, orderId: string): Promise<{ customerId: string; sold: TicketsChanged | undefined } | undefined> {
    const order = await manager.findOne(Order, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
    if (!order || (order.status !== 'paid' && order.status !== 'fulfilled')) return undefined;
    const items = await manager.findBy(OrderItem, { orderId, kind: 'seat' });
    const key = this.keys.key(order.clubId as string);
    for (const item of items) {
      for (let seat = 1; seat <= item.quantity; seat++) {
        await manager.query(
          `INSERT INTO ticket (order_id, order_item_id, seat_number, customer_id, club_id, match_id, stand_id, code)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (order_item_id, seat_number) DO NOTHING`,
          [orderId, item.id, seat, order.customerId, order.clubId, item.matchId, item.standId, signTicketCode(key.kid, item.matchId as string, key.privateKey)],
        );
      }
    }
    await manager.update(Order, { id: orderId, status: 'paid' }, { status: 'fulfilled', fulfilledAt: new Date() });
    // A fulfilled order issued again sold nothing new: it is not told twice.
    const sold = order.status === 'paid' ? { clubId: order.clubId as string, matchIds: [...new Set(items.map((item) => item.matchId as string))] } : undefined;
    return { customerId: order.customerId, sold };
  }

  private async mailTickets(orderId: string): Promise<void> {
    const lines: MailLine[] = await this.db.query(
      `SELECT t.code, i.label, t.match_id AS "matchId"
       FROM ticket t JOIN order_item i ON i.id = t.order_item_id
       WHERE t.order_id = $1 AND t.status = 'valid' ORDER BY i.label, t.seat_number`,
      [orderId],
    );
    if (lines.length === 0) return;
    // The match's kickoff and club name are catalogue's (and users') data: asked once per match of the order.
    const matches = new Map<string, MatchView>();
    for (const matchId of new Set(lines.map((line) => line.matchId))) matches.set(matchId, await this.matches.get(matchId));
    const clubName = (line: MailLine) => (matches.get(line.matchId) as MatchView).club.name;
    const attachments: MailAttachment[] = [];
    const blocks: string[] = [];
    for (const [index, line] of lines.entries()) {
      const png = await qrPng(line.code);
      const cid = `ticket-${index + 1}@guichet`;
      attachments.push({ filename: `billet-${index + 1}.png`, contentType: 'image/png', contentBase64: png.toString('base64'), cid });
      blocks.push(
        `<div style="margin:16px 0"><p><strong>${escapeHtml(clubName(line))}</strong> — ${escapeHtml(line.label)}<br>Billet ${index + 1}/${lines.length}</p>` +
          `<img src="cid:${cid}" alt="QR" width="240" height="240"></div>`,
      );
    }
    const first = { clubName: clubName(lines[0]), kickoffAt: (matches.get(lines[0].matchId) as MatchView).kickoffAt };
    const text = [
      `Vos billets pour ${first.clubName} / Your tickets for ${first.clubName}`,
      ...lines.map((line, index) => `Billet ${index + 1}: ${line.label}`),
      `Coup d’envoi : ${formatKickoff(first.kickoffAt, 'fr')} / Kickoff: ${formatKickoff(first.kickoffAt, 'en')} (heure de Bruxelles / Brussels time)`,
      'Présentez le QR code à l’entrée. Un billet ne passe qu’une fois. / Show the QR code at the gate; each ticket enters once.',
    ].join('\n');
    const kickoff = `<p>Coup d’envoi : <strong>${formatKickoff(first.kickoffAt, 'fr')}</strong> (heure de Bruxelles)<br>Kickoff: ${formatKickoff(first.kickoffAt, 'en')}</p>`;
    const html = `<h1>Vos billets / Your tickets</h1>${kickoff}${blocks.join('')}<p>Présentez le QR code à l’entrée. Un billet ne passe qu’une fois.</p>`;
    await this.notices.tickets(orderId, `Vos billets — ${first.clubName}`, text, html, attachments);
  }
}
