import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery, Trim } from '@guichet/common';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PaymentStatus } from '../payments/payment.entity';

const STATUSES: PaymentStatus[] = ['pending', 'awaiting_review', 'succeeded', 'failed', 'rejected', 'refunded'];

export class PaymentListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, description: 'awaiting_review for the review queue' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: PaymentStatus;

  @ApiPropertyOptional({ enum: ['stripe', 'mobile_money'] })
  @IsOptional()
  @IsIn(['stripe', 'mobile_money'])
  method?: 'stripe' | 'mobile_money';
}

export class RejectPaymentDto {
  @ApiProperty({ example: 'Montant reçu différent / amount received differs' })
  @Trim()
  @IsString()
  @Length(3, 500)
  reason: string;
}
