import { invalidParam, StripeApiError } from './errors';
import type { Params } from './form-body';
import type { StripeStore } from './store';

type Handler = (params: Params, id: string) => object;

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle: Handler;
}

const ID = '([A-Za-z0-9_]+)';

/** The endpoints Guichet calls, and nothing else (Stripe answers unknown URLs with a 404). */
export function createRouter(store: StripeStore): (method: string, path: string, params: Params) => object {
  const routes: Route[] = [
    { method: 'POST', pattern: /^\/v1\/accounts$/, handle: (p) => store.createAccount(p) },
    { method: 'GET', pattern: new RegExp(`^/v1/accounts/${ID}$`), handle: (_p, id) => store.account(id) },
    { method: 'POST', pattern: /^\/v1\/account_links$/, handle: (p) => store.createAccountLink(p) },
    { method: 'POST', pattern: /^\/v1\/checkout\/sessions$/, handle: (p) => store.createSession(p) },
    { method: 'GET', pattern: new RegExp(`^/v1/checkout/sessions/${ID}$`), handle: (_p, id) => store.session(id).session },
    { method: 'POST', pattern: new RegExp(`^/v1/checkout/sessions/${ID}/expire$`), handle: (_p, id) => store.expire(id) },
    { method: 'GET', pattern: new RegExp(`^/v1/payment_intents/${ID}$`), handle: (_p, id) => store.intent(id) },
    { method: 'POST', pattern: /^\/v1\/refunds$/, handle: (p) => store.createRefund(p) },
    { method: 'GET', pattern: new RegExp(`^/v1/refunds/${ID}$`), handle: (_p, id) => store.refund(id) },
  ];

  return (method, path, params) => {
    for (const route of routes) {
      const match = route.pattern.exec(path);
      if (!match || route.method !== method) continue;
      const expand = params.strings('expand');
      if (expand.length > 0) throw invalidParam('expand', `The Stripe sandbox does not implement expand (${expand.join(', ')}).`);
      return route.handle(params, match[1] ?? '');
    }
    throw new StripeApiError(
      404,
      { message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.` },
      false,
    );
  };
}
