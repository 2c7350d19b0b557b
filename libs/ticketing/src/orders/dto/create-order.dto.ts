import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';

export const MAX_SEATS_PER_ORDER = 10;

export class SeatItemDto {
  @ApiProperty({ enum: ['seat'] })
  @IsIn(['seat'])
  type: 'seat';

  @ApiProperty()
  @IsUUID()
  matchId: string;

  @ApiProperty()
  @IsUUID()
  standId: string;

  @ApiProperty({ minimum: 1, maximum: MAX_SEATS_PER_ORDER })
  @IsInt() @Min(1) @Max(MAX_SEATS_PER_ORDER)
  quantity: number;
}

export class CreateOrderDto {
  @ApiProperty({ type: [SeatItemDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => SeatItemDto)
  items: SeatItemDto[];

  @ApiProperty({ enum: ['stripe', 'mobile_money'] })
  @IsIn(['stripe', 'mobile_money'])
  paymentMethod: 'stripe' | 'mobile_money';
}
