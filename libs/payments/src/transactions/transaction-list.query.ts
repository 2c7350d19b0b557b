import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { PageQuery } from '@guichet/common';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { PaymentProvider, PaymentStatus } from '../payments/payment.entity';

export const TRANSACTION_STATUSES: PaymentStatus[] = ['pending', 'awaiting_review', 'succeeded', 'failed', 'rejected', 'refunded'];
export const TRANSACTION_KINDS = ['seat', 'content'] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];
export const TRANSACTION_METHODS: PaymentProvider[] = ['stripe', 'mobile_money'];

/** The filters of the history, the same for the page and the CSV export. */
export class TransactionFilter {
  @ApiPropertyOptional({ format: 'date-time', description: 'created at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'created before (ISO 8601, exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: TRANSACTION_STATUSES })
  @IsOptional()
  @IsIn(TRANSACTION_STATUSES)
  status?: PaymentStatus;

  @ApiPropertyOptional({ enum: TRANSACTION_KINDS, description: 'seat: match tickets; content: films and series' })
  @IsOptional()
  @IsIn(TRANSACTION_KINDS)
  kind?: TransactionKind;

  @ApiPropertyOptional({ enum: TRANSACTION_METHODS })
  @IsOptional()
  @IsIn(TRANSACTION_METHODS)
  method?: PaymentProvider;
}

/** Nest's IntersectionType keeps both classes' validation and defaults (not PageQuery's `offset` getter). */
export class TransactionListQuery extends IntersectionType(TransactionFilter, PageQuery) {}
