import { randomBytes } from 'node:crypto';

/** The subset of Stripe's v1 objects the fake keeps, with Stripe's field names and types. */

export type Metadata = Record<string, string>;

interface Base {
  id: string;
  created: number;
  livemode: false;
  metadata: Metadata;
}

export interface Account extends Base {
  object: 'account';
  type: string;
  country: string;
  email: string | null;
  default_currency: string;
  business_type: string | null;
  capabilities: Record<string, 'active' | 'inactive'>;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
}

export interface AccountLink {
  object: 'account_link';
  created: number;
  expires_at: number;
  url: string;
}

export interface CheckoutSession extends Base {
  object: 'checkout.session';
  mode: 'payment';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  customer_email: string | null;
  customer_details: { email: string | null } | null;
  success_url: string | null;
  cancel_url: string | null;
  expires_at: number;
  /** Null once the session is no longer open, as on Stripe. */
  url: string | null;
  payment_intent: string | null;
}

/** `line_items[n]` as sent with `price_data`, flattened. */
export interface LineItem {
  name: string;
  currency: string;
  unit_amount: number;
  quantity: number;
}

/** `payment_intent_data` as sent: what the payment intent gets once the session is paid. */
export interface PaymentIntentData {
  application_fee_amount: number | null;
  transfer_data: { destination: string } | null;
  metadata: Metadata;
}

/** A session as the API returns it, plus the create parameters Stripe keeps elsewhere. */
export interface StoredSession {
  session: CheckoutSession;
  lineItems: LineItem[];
  paymentIntentData: PaymentIntentData;
}

export interface PaymentIntent extends Base {
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: 'succeeded';
  latest_charge: string;
  application_fee_amount: number | null;
  transfer_data: { destination: string } | null;
}

export interface Charge extends Base {
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  currency: string;
  paid: true;
  refunded: boolean;
  status: 'succeeded';
  payment_intent: string;
  application_fee_amount: number | null;
  transfer_data: { destination: string } | null;
}

export interface Refund extends Base {
  object: 'refund';
  amount: number;
  charge: string;
  currency: string;
  payment_intent: string;
  reason: string | null;
  status: 'succeeded';
  balance_transaction: string | null;
  transfer_reversal: string | null;
}

export type StripeObject = Account | CheckoutSession | PaymentIntent | Charge | Refund;

export interface StripeEvent<T extends StripeObject = StripeObject> {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  type: string;
  /** Set on events that happen on a connected account (`account.updated`). */
  account?: string;
  data: { object: T; previous_attributes?: Partial<T> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function newId(prefix: string, length = 24): string {
  return prefix + Array.from(randomBytes(length), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

export const unixNow = () => Math.floor(Date.now() / 1000);

export function buildEvent<T extends StripeObject>(
  apiVersion: string,
  type: string,
  object: T,
  extra: { previous_attributes?: Partial<T>; account?: string } = {},
): StripeEvent<T> {
  const { previous_attributes, account } = extra;
  return {
    id: newId('evt_'),
    object: 'event',
    api_version: apiVersion,
    created: unixNow(),
    type,
    ...(account ? { account } : {}),
    data: { object: structuredClone(object), ...(previous_attributes ? { previous_attributes } : {}) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
}
