import type { StoredSession } from './stripe-api/objects';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `1500, 'eur'` → `15,00 €`; `2500, 'xaf'` → `2 500 FCFA` (UI.md). */
export function formatMoney(minor: number, currency: string): string {
  const code = currency.toUpperCase();
  if (code === 'XAF') return `${new Intl.NumberFormat('fr-BE').format(minor).replace(/\s/g, ' ')} FCFA`;
  return new Intl.NumberFormat('fr-BE', { style: 'currency', currency: code }).format(minor / 100).replace(/\s/g, ' ');
}

const STYLE = `
  *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f1b33;background:#f3f5f9}
  .test{background:#b45309;color:#fff;text-align:center;font-weight:700;padding:10px 16px;letter-spacing:.02em}
  main{max-width:480px;margin:24px auto;padding:0 16px}
  .card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(15,27,51,.15);padding:20px}
  h1{font-size:1.25rem;margin:0 0 4px}.muted{color:#4b5675;font-size:.95rem;margin:0 0 16px}
  table{width:100%;border-collapse:collapse;margin:8px 0 16px}td{padding:8px 0;border-bottom:1px solid #e3e7ef;vertical-align:top}
  td.n{text-align:right;white-space:nowrap;padding-left:12px}tr.total td{font-weight:700;font-size:1.15rem;border-bottom:0}
  form{margin:0}button{width:100%;min-height:48px;border:0;border-radius:8px;font:inherit;font-weight:700;cursor:pointer;margin-top:10px}
  .pay{background:#0f7b3f;color:#fff}.cancel{background:#e3e7ef;color:#0f1b33}
  .note{font-size:.85rem;color:#4b5675;margin-top:16px}.done{color:#0f7b3f;font-weight:700}
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head><body>
<div class="test" role="note">MODE TEST — aucun paiement réel · TEST MODE — no real payment</div>
<main>${body}</main></body></html>`;
}

/** The sandbox's Checkout page: what Stripe's hosted page would show, with "Payer" and "Annuler". */
export function checkoutPage(stored: StoredSession, actionBase: string): string {
  const { session, lineItems } = stored;
  const rows = lineItems
    .map(
      (item) => `<tr><td>${escape(item.name)} × ${item.quantity}</td><td class="n">${formatMoney(item.unit_amount * item.quantity, item.currency)}</td></tr>`,
    )
    .join('');
  const total = formatMoney(session.amount_total, session.currency);
  if (session.status !== 'open') {
    const said =
      session.status === 'complete'
        ? 'Ce paiement est déjà fait. · This payment is already done.'
        : 'Cette session de paiement a expiré. · This checkout session has expired.';
    const back =
      session.success_url && session.status === 'complete'
        ? `<p><a href="${escape(session.success_url)}">Retour à la commande · Back to the order</a></p>`
        : '';
    return page(
      'Paiement de test',
      `<div class="card"><h1>Paiement de test</h1><p class="${session.status === 'complete' ? 'done' : ''}">${said}</p>${back}</div>`,
    );
  }
  return page(
    `Payer ${total} (test)`,
    `<div class="card">
  <h1>Payer ${total}</h1>
  <p class="muted">Guichet · paiement de test (sandbox Stripe) · test payment</p>
  <table>${rows}<tr class="total"><td>Total</td><td class="n">${total}</td></tr></table>
  <form method="post" action="${escape(actionBase)}/confirm"><button class="pay" type="submit">Payer · Pay</button></form>
  <form method="post" action="${escape(actionBase)}/cancel"><button class="cancel" type="submit">Annuler · Cancel</button></form>
  <p class="note">Aucune carte n’est demandée : « Payer » simule un paiement accepté et envoie l’événement signé au webhook de Guichet.
  No card needed: “Pay” simulates an accepted payment and sends the signed event to Guichet’s webhook.</p>
</div>`,
  );
}

/** What Connect Express onboarding shows at its end: in the sandbox the club can sell at once. */
export function onboardingPage(accountId: string, returnUrl: string): string {
  return page(
    'Compte de paiement de test',
    `<div class="card"><h1>Compte de paiement activé (test)</h1>
  <p class="done">Le club peut vendre des billets dès maintenant. · The club can sell tickets now.</p>
  <p class="muted">Compte · account ${escape(accountId)}</p>
  <p><a href="${escape(returnUrl)}">Retour à Guichet · Back to Guichet</a></p></div>`,
  );
}
