type Problem = 'not-found' | 'club-cannot-sell' | 'payment-unavailable';

const TEXT: Record<Problem, { title: string; fr: string; en: string }> = {
  'not-found': {
    title: 'Commande introuvable · Order not found',
    fr: 'Ce lien de paiement ne correspond à aucune commande.',
    en: 'This payment link does not match any order.',
  },
  'club-cannot-sell': {
    title: 'Paiement indisponible · Payment unavailable',
    fr: 'Ce club ne peut pas encore recevoir de paiements par carte. Vos places restent réservées jusqu’à l’expiration de votre commande.',
    en: 'This club cannot take card payments yet. Your seats stay held until your order expires.',
  },
  'payment-unavailable': {
    title: 'Paiement momentanément indisponible · Payment temporarily unavailable',
    fr: 'Le service de paiement par carte ne répond pas. Vos places restent réservées jusqu’à l’expiration de votre commande : réessayez dans un instant.',
    en: 'The card payment service is not answering. Your seats stay held until your order expires: try again in a moment.',
  },
};

/** A short readable page (FR first, EN) for a payment link that cannot lead to Stripe right now. */
export function paymentProblemPage(problem: Problem, orderPage?: string): string {
  const text = TEXT[problem];
  const links = orderPage
    ? `<p><a href="">Réessayer</a> · <a href="${orderPage}">Voir ma commande</a></p><p lang="en"><a href="">Try again</a> · <a href="${orderPage}">See my order</a></p>`
    : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title} · Guichet</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}h1{font-size:1.3rem}[lang=en]{color:#57606a}</style>
</head><body><h1>${text.title}</h1><p>${text.fr}</p><p lang="en">${text.en}</p>${links}</body></html>`;
}
