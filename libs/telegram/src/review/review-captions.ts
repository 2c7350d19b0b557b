import type { ReviewedPayment } from '@guichet/payments';
import { Markup } from 'telegraf';
import type { AdminTexts } from '../i18n/admin-texts';
import { formatMoney } from '../i18n/format';

/** Mobile Money proofs come from Cameroon: times read in Douala's clock, in the admin chat's language. */
const when = (iso: string, t: AdminTexts) =>
  new Date(iso).toLocaleString(t.locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Africa/Douala' });

export function proofCaption(payment: ReviewedPayment, items: string[], t: AdminTexts): string {
  const buyer = payment.customer;
  const colon = t.locale.startsWith('fr') ? ' :' : ':';
  return [
    t.proofTitle,
    `${t.buyer}${colon} ${buyer.displayName} (${buyer.username}${buyer.phone ? `, ${buyer.phone}` : ''})`,
    ...items.map((item) => `• ${item}`),
    `${t.amount}${colon} ${formatMoney(payment.amount)}`,
    `${t.reference}${colon} ${payment.reference ?? '—'}`,
  ].join('\n');
}

/** The line added once decided, whoever decided and wherever (Telegram or the console). */
export function decisionLine(payment: ReviewedPayment, t: AdminTexts): string | undefined {
  const at = payment.reviewedAt ? t.on(when(payment.reviewedAt, t)) : '';
  if (payment.status === 'succeeded' || payment.status === 'refunded') return t.approvedBy(payment.reviewedBy ?? '—', at);
  if (payment.status === 'rejected') return t.rejectedBy(payment.reviewedBy ?? '—', at, payment.rejectReason ?? '');
  return undefined;
}

export const reviewKeyboard = (paymentId: string, t: AdminTexts) =>
  Markup.inlineKeyboard([[Markup.button.callback(t.approve, `rv:ok:${paymentId}`), Markup.button.callback(t.refuse, `rv:no:${paymentId}`)]]);

export const proofDeliveryKey = (paymentId: string) => `proof:${paymentId}`;
