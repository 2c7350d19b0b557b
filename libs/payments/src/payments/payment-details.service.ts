import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@guichet/common';
import { DataSource } from 'typeorm';
import { instructionsFor } from '../mobile-money/manual-review.provider';
import { parseOperators } from '../mobile-money/operators';
import { PaymentInstructions } from '../providers/content-payment-provider';
import { Payment } from './payment.entity';
import { PaymentView, paymentView } from './payment-view';

/** What a buyer sees of their own payment on the order page: how to pay by Mobile Money and why it was refused. */
export interface BuyerPaymentDetails extends PaymentView {
  instructions?: PaymentInstructions;
  rejectReason: string | null;
  proofSent: boolean;
}

/** A read for the web pages: one buyer's payment of one order (undefined when it is not theirs). */
@Injectable()
export class PaymentDetailsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async forBuyer(orderId: string, customerId: string): Promise<BuyerPaymentDetails | undefined> {
    const payment = await this.db.manager.findOne(Payment, {
      where: { orderId, customerId },
      order: { createdAt: 'DESC' },
      select: {
        id: true,
        orderId: true,
        provider: true,
        status: true,
        amount: true,
        currency: true,
        checkoutUrl: true,
        reference: true,
        rejectReason: true,
        proofKey: true,
      },
    });
    if (!payment) return undefined;
    const waitsForMoney = payment.provider === 'mobile_money' && ['pending', 'awaiting_review', 'rejected'].includes(payment.status);
    return {
      ...paymentView(payment),
      ...(waitsForMoney ? { instructions: instructionsFor(payment, parseOperators(this.config.MOBILE_MONEY_OPERATORS)) } : {}),
      rejectReason: payment.rejectReason,
      proofSent: payment.proofKey !== null,
    };
  }
}
