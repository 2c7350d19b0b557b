import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ContentType } from '@guichet/catalogue';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsIn, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';

export const MAX_SEATS_PER_ORDER = 10;

export abstract class OrderItemDto {
  type: 'seat' | 'content';
}

export class SeatItemDto extends OrderItemDto {
  @ApiProperty({ enum: ['seat'] })
  @IsIn(['seat'])
  declare type: 'seat';

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

export class ContentItemDto extends OrderItemDto {
  @ApiProperty({ enum: ['content'] })
  @IsIn(['content'])
  declare type: 'content';

  @ApiProperty({ enum: ContentType })
  @IsEnum(ContentType)
  contentType: ContentType;

  @ApiProperty()
  @IsUUID()
  contentId: string;
}

export class CreateOrderDto {
  @ApiProperty({ type: 'array', items: { oneOf: [{ $ref: getSchemaPath(SeatItemDto) }, { $ref: getSchemaPath(ContentItemDto) }] } })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true })
  @Type(() => OrderItemDto, {
    keepDiscriminatorProperty: true,
    discriminator: { property: 'type', subTypes: [{ value: SeatItemDto, name: 'seat' }, { value: ContentItemDto, name: 'content' }] },
  })
  items: (SeatItemDto | ContentItemDto)[];

  @ApiProperty({ enum: ['stripe', 'mobile_money'], description: 'seats: stripe; films and series: mobile_money' })
  @IsIn(['stripe', 'mobile_money'])
  paymentMethod: 'stripe' | 'mobile_money';
}
