import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

export const CURRENCIES = ['EUR', 'XAF'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
  amount: number;
  currency: string;
}

/** Money as the API takes it: integer minor units and an ISO currency. */
export class MoneyDto implements Money {
  @ApiProperty({ example: 1500, description: 'minor units (cents for EUR, francs for XAF)' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  amount: number;

  @ApiProperty({ enum: CURRENCIES, example: 'EUR' })
  @IsIn(CURRENCIES)
  currency: Currency;
}

export const money = (amount: number, currency: string): Money => ({ amount, currency });
