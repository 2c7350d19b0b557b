import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, Currency } from '@guichet/common';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** Content is sold by Mobile Money, in XAF unless said otherwise. */
export const DEFAULT_CONTENT_CURRENCY: Currency = 'XAF';

export class PriceDto {
  @ApiProperty({ example: 1500, description: 'minor units (francs for XAF, cents for EUR)' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  amount: number;

  @ApiPropertyOptional({ enum: CURRENCIES, default: DEFAULT_CONTENT_CURRENCY })
  @IsOptional()
  @IsIn(CURRENCIES)
  currency?: Currency;
}
