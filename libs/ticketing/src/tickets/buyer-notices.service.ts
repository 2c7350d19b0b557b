import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailAttachment, MailService } from '@guichet/common';
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
    const [row] = await this.db.query(
      `SELECT u.email, u.display_name AS "displayName", o.number::text AS number
       FROM customer_order o JOIN app_user u ON u.id = o.customer_id WHERE o.id = $1`,
      [orderId],
    );
    return row as Recipient;
  }
}
