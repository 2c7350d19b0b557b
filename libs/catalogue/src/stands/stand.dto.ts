import { ApiProperty, PartialType } from '@nestjs/swagger';
import { MoneyDto } from '@guichet/common';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class CreateStandDto {
  @ApiProperty({ example: 'Tribune Nord' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @Length(1, 80)
  name: string;

  @ApiProperty({ example: 500 })
  @IsInt() @Min(1) @Max(200000)
  capacity: number;

  @ApiProperty({ type: MoneyDto })
  @IsDefined() @ValidateNested() @Type(() => MoneyDto)
  price: MoneyDto;
}

export class UpdateStandDto extends PartialType(CreateStandDto) {}
