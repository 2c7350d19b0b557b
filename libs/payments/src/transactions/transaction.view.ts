import { ApiProperty } from '@nestjs/swagger';
import { CURRENCIES, Currency } from '@guichet/common';
import { PaymentProvider, PaymentStatus } from '../payments/payment.entity';
import { TRANSACTION_KINDS, TRANSACTION_METHODS, TRANSACTION_STATUSES, TransactionKind } from './transaction-list.query';

export class TransactionAmount {
  @ApiProperty({ example: 1500, description: 'minor units (cents for EUR, francs for XAF)' }) amount: number;
  @ApiProperty({ enum: CURRENCIES, example: 'EUR' }) currency: Currency;
}

export class TransactionCustomer {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
}

export class TransactionClub {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** One payment as the history shows it: what was bought (kind), how, by whom, for which club. */
export class TransactionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'last status change' }) updatedAt: string;
  @ApiProperty({ enum: TRANSACTION_STATUSES }) status: PaymentStatus;
  @ApiProperty({ enum: TRANSACTION_KINDS }) kind: TransactionKind;
  @ApiProperty({ enum: TRANSACTION_METHODS }) method: PaymentProvider;
  @ApiProperty({ type: TransactionAmount }) amount: TransactionAmount;
  @ApiProperty({ type: String, nullable: true, description: 'Mobile Money reference' }) reference: string | null;
  @ApiProperty({ type: TransactionCustomer, nullable: true }) customer: TransactionCustomer | null;
  @ApiProperty({ type: TransactionClub, nullable: true, description: 'the selling club (seats only)' }) club: TransactionClub | null;
}

export class TransactionPage {
  @ApiProperty({ type: [TransactionView] }) items: TransactionView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
