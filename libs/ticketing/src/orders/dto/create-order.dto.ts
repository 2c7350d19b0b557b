import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ContentType } from '@guichet/catalogue';
import { plainToInstance, Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsEnum, IsIn, IsInt, IsObject, IsUUID, Max, Min, ValidateNested } from 'class-validator';

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
  @IsInt()
  @Min(1)
  @Max(MAX_SEATS_PER_ORDER)
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

/** An item whose `type` is neither: validated only to say so. */
class UnknownItemDto extends OrderItemDto {
  @IsIn(['seat', 'content'], { message: 'type must be "seat" or "content"' })
  declare type: 'seat' | 'content';
}

/**
 * Each item becomes the class its `type` names. Done by hand rather than with class-transformer's discriminator,
 * which throws a TypeError on `null` (a 500); anything that is not an object is left for `IsObject` to refuse.
 */
function toItem(item: unknown): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  const type = (item as { type?: unknown }).type;
  return plainToInstance(type === 'seat' ? SeatItemDto : type === 'content' ? ContentItemDto : UnknownItemDto, item);
}

export class CreateOrderDto {
  @ApiProperty({ type: 'array', items: { oneOf: [{ $ref: getSchemaPath(SeatItemDto) }, { $ref: getSchemaPath(ContentItemDto) }] } })
  @IsDefined({ message: 'items is required' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(toItem) : value), { toClassOnly: true })
  items: (SeatItemDto | ContentItemDto)[];

  @ApiProperty({ enum: ['stripe', 'mobile_money'], description: 'seats: stripe; films and series: mobile_money' })
  @IsIn(['stripe', 'mobile_money'])
  paymentMethod: 'stripe' | 'mobile_money';
}
