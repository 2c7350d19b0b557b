import type { Money } from '@guichet/common';
import type { Payment, PaymentProvider, PaymentStatus } from './payment.entity';

export interface PaymentView {
  id: string;
  orderId: string;
  method: PaymentProvider;
  status: PaymentStatus;
  amount: Money;
  checkoutUrl?: string;
  reference?: string;
}

export const paymentView = (payment: Payment): PaymentView => ({
  id: payment.id,
  orderId: payment.orderId,
  method: payment.provider,
  status: payment.status,
  amount: { amount: payment.amount, currency: payment.currency },
  ...(payment.checkoutUrl && payment.status === 'pending' ? { checkoutUrl: payment.checkoutUrl } : {}),
  ...(payment.reference ? { reference: payment.reference } : {}),
});
