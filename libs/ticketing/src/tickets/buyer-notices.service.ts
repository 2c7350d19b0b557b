import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MatchView } from '@guichet/catalogue';
import { formatKickoff, MailAttachment, MailService, MatchChangedJob } from '@guichet/common';
import { UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';

const VENUE = { fr: { home: 'à domicile', away: 'à l’extérieur' }, en: { home: 'at home', away: 'away' } } as const;

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
      text: `Bonjour ${buyer.displayName},\n\nNous n’avons pas pu valider votre paiement / We could not confirm your payment:\n${reason}\n\nOrder ${buyer.number}.`,
    });
  }

  /** `change` names the edit (one mail per order and edit, however often the job runs). */
  async matchMoved(orderId: string, change: string, match: MatchView, was: MatchChangedJob['was']): Promise<void> {
    const buyer = await this.recipient(orderId);
    if (!buyer.email) return;
    const teams = `${match.club.name} – ${match.opponent}`;
    const [now, before] = [formatKickoff(match.kickoffAt, 'fr'), formatKickoff(was.kickoffAt, 'fr')];
    const [nowEn, beforeEn] = [formatKickoff(match.kickoffAt, 'en'), formatKickoff(was.kickoffAt, 'en')];
    const retimed = match.kickoffAt !== new Date(was.kickoffAt).toISOString();
    const text = [
      `Bonjour ${buyer.displayName},`,
      '',
      `Le match ${teams} a changé.`,
      retimed ? `Nouveau coup d’envoi : ${now} (heure de Bruxelles), au lieu de ${before}.` : `Coup d’envoi inchangé : ${now} (heure de Bruxelles).`,
      ...(match.venue === was.venue ? [] : [`Il se joue désormais ${VENUE.fr[match.venue]} (et non plus ${VENUE.fr[was.venue]}).`]),
      'Vos billets restent valables : gardez le QR code reçu, il ouvrira la porte le jour du match.',
      '',
      `The match ${teams} has changed.`,
      retimed ? `New kickoff: ${nowEn} (Brussels time), instead of ${beforeEn}.` : `Kickoff unchanged: ${nowEn} (Brussels time).`,
      ...(match.venue === was.venue ? [] : [`It is now played ${VENUE.en[match.venue]} (no longer ${VENUE.en[was.venue]}).`]),
      'Your tickets stay valid: keep the QR code you received.',
      '',
      `Commande n° ${buyer.number} / Order ${buyer.number}.`,
    ].join('\n');
    await this.mail.send(`match-moved-${orderId}-${change}`, { to: buyer.email, subject: `Match déplacé : ${teams} / Match moved`, text });
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
