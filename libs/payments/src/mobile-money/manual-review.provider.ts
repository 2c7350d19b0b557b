import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, uniqueViolation } from '@guichet/common';
import { DataSource } from 'typeorm';
import { Payment } from '../payments/payment.entity';
import { paymentView } from '../payments/payment-view';
import { ContentPaymentProvider, ContentPaymentRequest, PaymentInstructions, StartedPayment } from '../providers/content-payment-provider';
import { parseOperators } from './operators';
import { referenceCode } from './reference-code';
import { paymentsError } from '../payments.errors';

const REFERENCE_TRIES = 5;

/** Mobile Money by hand: the buyer transfers to one of our numbers with the reference, then sends proof. */
@Injectable()
export class ManualReviewProvider extends ContentPaymentProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async start(request: ContentPaymentRequest): Promise<StartedPayment> {
    const operators = parseOperators(this.config.MOBILE_MONEY_OPERATORS);
    if (operators.length === 0) {
      throw paymentsError('mobile-money-unavailable', 'MOBILE_MONEY_OPERATORS is empty on this server.');
    }
    const payment = await this.createWithFreshReference(request);
    return { ...paymentView(payment), instructions: instructionsFor(payment, operators) };
  }

  private async createWithFreshReference(request: ContentPaymentRequest): Promise<Payment> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(async (manager) => {
          const payment = await manager.save(
            manager.create(Payment, {
              orderId: request.orderId,
              customerId: request.customerId,
              provider: 'mobile_money',
              status: 'pending',
              amount: request.amount,
              currency: request.currency,
              applicationFee: 0,
              reference: referenceCode(),
            }),
          );
          await manager.query('INSERT INTO payment_status_change (payment_id, to_status) VALUES ($1, $2)', [payment.id, 'pending']);
          return payment;
        });
      } catch (error) {
        if (uniqueViolation(error) !== 'payment_reference_unique' || attempt >= REFERENCE_TRIES) throw error;
      }
    }
  }
}

export function instructionsFor(payment: Payment, operators: { name: string; number: string }[]): PaymentInstructions {
  return { operators, amount: { amount: payment.amount, currency: payment.currency }, reference: payment.reference ?? '' };
}
