import type { Language } from './language';

/** What the bot says to admins: in the admin chat (TELEGRAM_ADMIN_LANGUAGE) and to one admin (their /language). */
export interface AdminTexts {
  locale: string;
  proofTitle: string;
  buyer: string;
  amount: string;
  reference: string;
  approvedBy(who: string, at: string): string;
  rejectedBy(who: string, at: string, reason: string): string;
  on(when: string): string;
  approve: string;
  refuse: string;
  notAllowed: string;
  approved: string;
  alreadyDecided: string;
  reasonQuestion(reference: string): string;
  reasonLength: string;
  rejectedDone: string;
  nothingChanged: string;
  messageFrom(who: string, text: string): string;
  replySent: string;
}

const fr: AdminTexts = {
  locale: 'fr-BE',
  proofTitle: '🧾 Preuve de paiement à vérifier',
  buyer: 'Acheteur',
  amount: 'Montant',
  reference: 'Référence',
  approvedBy: (who, at) => `✅ Approuvé par ${who}${at}`,
  rejectedBy: (who, at, reason) => `❌ Refusé par ${who}${at} : ${reason}`,
  on: (when) => ` le ${when}`,
  approve: '✅ Approuver',
  refuse: '❌ Refuser',
  notAllowed: 'Seuls les administrateurs dont le compte Telegram est lié peuvent décider.',
  approved: '✅ Approuvé',
  alreadyDecided: 'Déjà décidé',
  reasonQuestion: (reference) => `Motif du refus pour la référence ${reference} ? Répondez à ce message (le motif est envoyé à l’acheteur).`,
  reasonLength: 'Le motif doit faire entre 3 et 500 caractères. Réessayez.',
  rejectedDone: '❌ Paiement refusé ; l’acheteur reçoit le motif.',
  nothingChanged: 'Déjà décidé : rien n’a changé.',
  messageFrom: (who, text) => `💬 Message de ${who} :\n${text}\n\n(Répondez à ce message pour lui écrire.)`,
  replySent: 'Réponse transmise.',
};

const en: AdminTexts = {
  locale: 'en-GB',
  proofTitle: '🧾 Proof of payment to check',
  buyer: 'Buyer',
  amount: 'Amount',
  reference: 'Reference',
  approvedBy: (who, at) => `✅ Approved by ${who}${at}`,
  rejectedBy: (who, at, reason) => `❌ Rejected by ${who}${at}: ${reason}`,
  on: (when) => ` on ${when}`,
  approve: '✅ Approve',
  refuse: '❌ Reject',
  notAllowed: 'Only administrators whose Telegram account is linked can decide.',
  approved: '✅ Approved',
  alreadyDecided: 'Already decided',
  reasonQuestion: (reference) => `Reason for rejecting reference ${reference}? Reply to this message (the reason is sent to the buyer).`,
  reasonLength: 'The reason must be 3 to 500 characters. Try again.',
  rejectedDone: '❌ Payment rejected; the buyer receives the reason.',
  nothingChanged: 'Already decided: nothing changed.',
  messageFrom: (who, text) => `💬 Message from ${who}:\n${text}\n\n(Reply to this message to answer them.)`,
  replySent: 'Answer sent.',
};

export const ADMIN_TEXTS: Record<Language, AdminTexts> = { fr, en };
