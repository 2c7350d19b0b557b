import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound } from '@guichet/common';
import { AuthUser } from '@guichet/users';
import { DataSource } from 'typeorm';
import { qrPng, qrSvg } from './qr';
import { Ticket } from './ticket.entity';

export interface TicketView {
  id: string;
  orderId: string;
  matchId: string;
  standId: string;
  status: Ticket['status'];
  code: string;
  usedAt: string | null;
}

const view = (ticket: Ticket): TicketView => ({
  id: ticket.id,
  orderId: ticket.orderId,
  matchId: ticket.matchId,
  standId: ticket.standId,
  status: ticket.status,
  code: ticket.code,
  usedAt: ticket.usedAt?.toISOString() ?? null,
});

@Injectable()
export class TicketsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mine(caller: AuthUser): Promise<TicketView[]> {
    const tickets = await this.db.manager.find(Ticket, { where: { customerId: caller.id }, order: { createdAt: 'DESC' }, take: 500 });
    return tickets.map(view);
  }

  /** Rendered on demand for the owner only: QR images are never written where others could fetch them. */
  async qr(caller: AuthUser, id: string, format: 'png' | 'svg'): Promise<Buffer | string> {
    const ticket = await this.db.manager.findOneBy(Ticket, { id, customerId: caller.id });
    if (!ticket) throw notFound('Ticket');
    return format === 'png' ? qrPng(ticket.code) : qrSvg(ticket.code);
  }
}
