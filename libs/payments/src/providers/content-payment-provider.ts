import type { PaymentView } from '../payments/payment-view';

export interface ContentPaymentRequest {
  orderId: string;
  customerId: string;
  amount: number;
  currency: string;
}

export interface PaymentInstructions {
  operators: { name: string; number: string }[];
  amount: { amount: number; currency: string };
  reference: string;
}

export type StartedPayment = PaymentView & { instructions?: PaymentInstructions };

/**
 * How a content order gets paid. The manual-review provider (the buyer sends money by MTN/Orange and a
 * screenshot; an admin checks) is the one implemented. An aggregator (Notch Pay, Campay, PawaPay) is
 * another implementation: `start` asks it for a collection, its signed webhook or a status poll then
 * moves the payment to succeeded/failed through the same transitions, and orders never change.
 */
export abstract class ContentPaymentProvider {
  abstract start(request: ContentPaymentRequest): Promise<StartedPayment>;
}
