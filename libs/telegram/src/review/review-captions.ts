import { ReviewedPayment } from '@guichet/payments';
import { Markup } from 'telegraf';
import { formatMoney } from '../i18n/format';

/** The admin chat speaks French (the admins' language); buttons as the console words them. */
const when = (iso: string) =>
  new Date(iso).toLocaleString('fr-BE', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Africa/Douala' });

export function proofCaption(payment: ReviewedPayment, items: string[]): string {
  const buyer = payment.customer;
  return [
    '🧾 Preuve de paiement à vérifier',
    `Acheteur : ${buyer.displayName} (${buyer.username}${buyer.phone ? `, ${buyer.phone}` : ''})`,
    ...items.map((item) => `• ${item}`),
    `Montant : ${formatMoney(payment.amount)}`,
    `Référence : ${payment.reference ?? '—'}`,
  ].join('\n');
}

/** The line added once decided, whoever decided and wherever (Telegram or the console). */
export function decisionLine(payment: ReviewedPayment): string | undefined {
  const at = payment.reviewedAt ? ` le ${when(payment.reviewedAt)}` : '';
  if (payment.status === 'succeeded' || payment.status === 'refunded') return `✅ Approuvé par ${payment.reviewedBy ?? '—'}${at}`;
  if (payment.status === 'rejected') return `❌ Refusé par ${payment.reviewedBy ?? '—'}${at} : ${payment.rejectReason ?? ''}`;
  return undefined;
}

export const reviewKeyboard = (paymentId: string) =>
  Markup.inlineKeyboard([[Markup.button.callback('✅ Approuver', `rv:ok:${paymentId}`), Markup.button.callback('❌ Refuser', `rv:no:${paymentId}`)]]);

export const proofDeliveryKey = (paymentId: string) => `proof:${paymentId}`;
