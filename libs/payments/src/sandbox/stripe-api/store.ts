import { invalidParam, missingParam, noSuch, refused } from './errors';
import type { Params } from './form-body';
import type { Account, AccountLink, Charge, CheckoutSession, PaymentIntent, Refund, StoredSession, StripeEvent } from './objects';
import { buildEvent, newId, unixNow } from './objects';

const MIN_SESSION_SECONDS = 30 * 60;
const MAX_SESSION_SECONDS = 24 * 3600;
const REFUND_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'];

/** `2500, 'eur'` → `€25.00`, as in Stripe's refund messages (zero-decimal currencies too). */
function money(minor: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() });
  return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

export interface StripeStoreOptions {
  /** The sandbox's shortcut: a new connected account can take charges at once (no onboarding form to fill). */
  instantOnboarding?: boolean;
  /** Told of every event as it happens, as Stripe would send it to the webhook endpoint. */
  onEvent?: (event: StripeEvent) => void;
}

/** What outlives a restart of the sandbox (events are delivered once and not kept). */
export interface StripeStoreState {
  accounts: Account[];
  sessions: StoredSession[];
  paymentIntents: PaymentIntent[];
  charges: Charge[];
  refunds: Refund[];
}

/** Stripe's state for one platform account, and every event that state changes would send. */
export class StripeStore {
  readonly accounts = new Map<string, Account>();
  readonly sessions = new Map<string, StoredSession>();
  readonly paymentIntents = new Map<string, PaymentIntent>();
  readonly charges = new Map<string, Charge>();
  readonly refunds = new Map<string, Refund>();
  readonly events: StripeEvent[] = [];
  /** The `charge.refunded` event of each refund, by refund id. */
  readonly refundEvents = new Map<string, StripeEvent>();

  /** `baseUrl` is where the hosted pages (Checkout, Connect onboarding) live. */
  constructor(
    private readonly baseUrl: () => string,
    private readonly apiVersion: string,
    private readonly options: StripeStoreOptions = {},
  ) {}

  snapshot(): StripeStoreState {
    return {
      accounts: [...this.accounts.values()],
      sessions: [...this.sessions.values()],
      paymentIntents: [...this.paymentIntents.values()],
      charges: [...this.charges.values()],
      refunds: [...this.refunds.values()],
    };
  }

  restore(state: StripeStoreState): void {
    for (const account of state.accounts) this.accounts.set(account.id, account);
    for (const stored of state.sessions) this.sessions.set(stored.session.id, stored);
    for (const intent of state.paymentIntents) this.paymentIntents.set(intent.id, intent);
    for (const charge of state.charges) this.charges.set(charge.id, charge);
    for (const refund of state.refunds) this.refunds.set(refund.id, refund);
  }

  createAccount(p: Params): Account {
    const country = (p.string('country') ?? 'US').toUpperCase();
    const requested = p.object('capabilities');
    const capabilities: Account['capabilities'] = {};
    for (const name of Object.keys(requested?.raw ?? {})) {
      if (requested?.requiredObject(name).bool('requested')) capabilities[name] = 'inactive';
    }
    const account: Account = {
      id: newId('acct_', 16),
      object: 'account',
      type: p.string('type') ?? 'express',
      country,
      email: p.string('email') ?? null,
      default_currency: country === 'US' ? 'usd' : country === 'GB' ? 'gbp' : 'eur',
      business_type: p.string('business_type') ?? null,
      capabilities,
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      created: unixNow(),
      livemode: false,
      metadata: p.metadata(),
    };
    this.accounts.set(account.id, account);
    // Created already enabled: the product records that from this answer, so no account.updated is needed.
    if (this.options.instantOnboarding) this.activate(account);
    return account;
  }

  account(id: string, param?: string): Account {
    const account = this.accounts.get(id);
    if (!account) throw noSuch('account', id, param);
    return account;
  }

  createAccountLink(p: Params): AccountLink {
    const account = this.account(p.requiredString('account'), 'account');
    const type = p.requiredString('type');
    if (type !== 'account_onboarding' && type !== 'account_update') {
      throw invalidParam('type', `Invalid type: must be one of account_onboarding or account_update`);
    }
    const created = unixNow();
    return { object: 'account_link', created, expires_at: created + 300, url: `${this.baseUrl()}/connect/onboarding/${account.id}` };
  }

  /** What finishing Express onboarding does: the account can now take destination charges. */
  enableCharges(accountId: string): StripeEvent {
    const account = this.account(accountId);
    const previous = { charges_enabled: account.charges_enabled, details_submitted: account.details_submitted };
    this.activate(account);
    return this.record(buildEvent(this.apiVersion, 'account.updated', account, { previous_attributes: previous, account: account.id }));
  }

  private activate(account: Account): void {
    for (const name of ['card_payments', 'transfers', ...Object.keys(account.capabilities)]) account.capabilities[name] = 'active';
    account.charges_enabled = account.payouts_enabled = account.details_submitted = true;
  }

  createSession(p: Params): CheckoutSession {
    const mode = p.requiredString('mode');
    if (mode !== 'payment') throw invalidParam('mode', `The Stripe sandbox only implements mode=payment, not ${mode}.`);
    const items = p.list('line_items');
    if (items.length === 0) throw missingParam('line_items');
    const lineItems = items.map((item) => {
      const priceData = item.object('price_data');
      if (!priceData) throw invalidParam(item.name('price_data'), 'The Stripe sandbox only implements line items with price_data.');
      const unitAmount = priceData.requiredInt('unit_amount');
      const quantity = item.requiredInt('quantity');
      if (unitAmount < 0) throw invalidParam(priceData.name('unit_amount'), 'This value must be greater than or equal to 0.');
      if (quantity < 1) throw invalidParam(item.name('quantity'), 'This value must be greater than or equal to 1.');
      const name = priceData.requiredObject('product_data').requiredString('name');
      return { name, currency: priceData.requiredString('currency').toLowerCase(), unit_amount: unitAmount, quantity };
    });
    const created = unixNow();
    const expiresAt = p.int('expires_at') ?? created + MAX_SESSION_SECONDS;
    if (expiresAt - created < MIN_SESSION_SECONDS) {
      throw invalidParam('expires_at', 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.');
    }
    if (expiresAt - created > MAX_SESSION_SECONDS) {
      throw invalidParam('expires_at', 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.');
    }
    const intentData = p.object('payment_intent_data');
    const destination = intentData?.object('transfer_data')?.requiredString('destination');
    if (destination) {
      const param = 'payment_intent_data[transfer_data][destination]';
      if (this.account(destination, param).capabilities.transfers !== 'active') {
        throw refused(
          'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
          'insufficient_capabilities_for_transfer',
          param,
        );
      }
    }
    const amount = lineItems.reduce((sum, item) => sum + item.unit_amount * item.quantity, 0);
    const id = newId('cs_test_', 58);
    const session: CheckoutSession = {
      id,
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: amount,
      amount_total: amount,
      currency: lineItems[0].currency,
      client_reference_id: p.string('client_reference_id') ?? null,
      customer_email: p.string('customer_email') ?? null,
      customer_details: null,
      success_url: p.string('success_url') ?? null,
      cancel_url: p.string('cancel_url') ?? null,
      expires_at: expiresAt,
      url: `${this.baseUrl()}/pay/${id}`,
      payment_intent: null,
      created,
      livemode: false,
      metadata: p.metadata(),
    };
    const paymentIntentData = {
      application_fee_amount: intentData?.int('application_fee_amount') ?? null,
      transfer_data: destination ? { destination } : null,
      metadata: intentData?.metadata() ?? {},
    };
    this.sessions.set(id, { session, lineItems, paymentIntentData });
    return session;
  }

  session(id: string): StoredSession {
    const stored = this.sessions.get(id);
    if (!stored) throw noSuch('checkout.session', id);
    return stored;
  }

  /** `POST /v1/checkout/sessions/:id/expire`: only an open session can be expired. */
  expire(id: string): CheckoutSession {
    const { session } = this.session(id);
    if (session.status !== 'open') {
      throw refused(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of \`${session.status}\`.`);
    }
    session.status = 'expired';
    session.url = null;
    this.record(buildEvent(this.apiVersion, 'checkout.session.expired', session));
    return session;
  }

  /** The buyer paid: the session completes and a succeeded payment intent and charge exist. */
  complete(id: string): StripeEvent {
    const { session, paymentIntentData } = this.session(id);
    if (session.status !== 'open') throw new Error(`Stripe sandbox: cannot pay ${id}, it is ${session.status}`);
    const { application_fee_amount, transfer_data, metadata } = paymentIntentData;
    const amount = session.amount_total;
    const shared = { amount, currency: session.currency, application_fee_amount, transfer_data, created: unixNow(), livemode: false as const };
    const intentId = newId('pi_');
    const charge: Charge = {
      ...shared,
      id: newId('ch_'),
      object: 'charge',
      amount_captured: amount,
      amount_refunded: 0,
      paid: true,
      refunded: false,
      status: 'succeeded',
      payment_intent: intentId,
      metadata: { ...metadata },
    };
    this.charges.set(charge.id, charge);
    this.paymentIntents.set(intentId, {
      ...shared,
      id: intentId,
      object: 'payment_intent',
      amount_received: amount,
      status: 'succeeded',
      latest_charge: charge.id,
      metadata: { ...metadata },
    });
    session.status = 'complete';
    session.payment_status = 'paid';
    session.url = null;
    session.payment_intent = intentId;
    session.customer_details = { email: session.customer_email ?? 'buyer@example.test' };
    return this.record(buildEvent(this.apiVersion, 'checkout.session.completed', session));
  }

  createRefund(p: Params): Refund {
    const requested = p.int('amount');
    if (requested !== undefined && requested <= 0) throw invalidParam('amount', 'Invalid positive integer', 'parameter_invalid_integer');
    const reason = p.string('reason') ?? null;
    if (reason && !REFUND_REASONS.includes(reason)) {
      throw invalidParam('reason', `Invalid reason: must be one of ${REFUND_REASONS.join(', ')}`);
    }
    const intentId = p.string('payment_intent');
    const chargeId = intentId ? this.intent(intentId).latest_charge : p.string('charge');
    if (!chargeId) throw missingParam('payment_intent');
    const charge = this.charges.get(chargeId);
    if (!charge) throw noSuch('charge', chargeId, 'charge');
    const left = charge.amount - charge.amount_refunded;
    if (left === 0) throw refused(`Charge ${charge.id} has already been refunded.`, 'charge_already_refunded');
    const amount = requested ?? left;
    if (amount > left) {
      throw refused(
        `Refund amount (${money(amount, charge.currency)}) is greater than unrefunded amount on charge (${money(left, charge.currency)})`,
        'amount_too_large',
        'amount',
      );
    }
    const refund: Refund = {
      id: newId('re_'),
      object: 'refund',
      amount,
      charge: charge.id,
      currency: charge.currency,
      payment_intent: charge.payment_intent,
      reason,
      status: 'succeeded',
      balance_transaction: newId('txn_'),
      transfer_reversal: p.bool('reverse_transfer') && charge.transfer_data ? newId('trr_') : null,
      created: unixNow(),
      livemode: false,
      metadata: p.metadata(),
    };
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    this.refunds.set(refund.id, refund);
    const event = buildEvent(this.apiVersion, 'charge.refunded', charge, {
      previous_attributes: { amount_refunded: charge.amount_refunded - amount, refunded: false },
    });
    this.refundEvents.set(refund.id, this.record(event));
    return refund;
  }

  intent(id: string): PaymentIntent {
    const intent = this.paymentIntents.get(id);
    if (!intent) throw noSuch('payment_intent', id, 'payment_intent');
    return intent;
  }

  refund(id: string): Refund {
    const refund = this.refunds.get(id);
    if (!refund) throw noSuch('refund', id);
    return refund;
  }

  private record(event: StripeEvent): StripeEvent {
    this.events.push(event);
    this.options.onEvent?.(event);
    return event;
  }
}
