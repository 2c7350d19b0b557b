import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailAttachment, MailService } from '@guichet/common';
import { UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';

interface Recipient {
  email: string | null;
  displayName: string;
  number: string;
}

/** The mails a buyer gets about an order; each is keyed so that a retried job mails once. */
@Injectable()
export class BuyerNotices {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly users: UsersService,
  ) {}

  async tickets(orderId: string, subject: string, text: string, html: string, attachments: MailAttachment[]): Promise<void> {
    const buyer = await this.recipient(orderId);
    if (!buyer.email) return;
    await this.mail.send(`tickets-${orderId}`, { to: buyer.email, subject: `${subject} (commande n° ${buyer.number})`, text, html, attachments });
  }

  async refunded(orderId: string, why: string): Promise<void> {
    const buyer = await this.recipient(orderId);
    if (!buyer.email) return;
    await this.mail.send(`refunded-${orderId}`, {
      to: buyer.email,
      subject: `Remboursement de votre commande n° ${buyer.number} / Refund of order ${buyer.number}`,
      text: `Bonjour ${buyer.displayName},\n\n${why}\n\nOrder ${buyer.number}.`,
    });
  }

  async rejected(orderId: string, reason: string): Promise<void> {
    const buyer = await this.recipient(orderId);
    if (!buyer.email) return;
    await this.mail.send(`rejected-${orderId}`, {
      to: buyer.email,
      subject: `Paiement refusé — commande n° ${buyer.number} / Payment rejected`,
      text: `Bonjour ${buyer.displayName},\n\nNous n'avons pas pu valider votre paiement / We could not confirm your payment:\n${reason}\n\nOrder ${buyer.number}.`,
    });
  }

  private async recipient(orderId: string): Promise<Recipient> {
    const [order]: { customerId: string; number: string }[] = await this.db.query(
      `SELECT customer_id AS "customerId", number::text AS number FROM customer_order WHERE id = $1`,
      [orderId],
    );
    const buyer = order ? (await this.users.contacts([order.customerId])).get(order.customerId) : undefined;
    return { email: buyer?.email ?? null, displayName: buyer?.displayName ?? '', number: order?.number ?? '' };
  }
}
