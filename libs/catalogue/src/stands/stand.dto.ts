import { ApiProperty, PartialType } from '@nestjs/swagger';
import { MoneyDto, Trim } from '@guichet/common';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class CreateStandDto {
  @ApiProperty({ example: 'Tribune Nord' })
  @Trim()
  @IsString()
  @Length(1, 80)
  name: string;

  @ApiProperty({ example: 500 })
  @IsInt()
  @Min(1)
  @Max(200000)
  capacity: number;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  price: MoneyDto;
}

export class UpdateStandDto extends PartialType(CreateStandDto) {}
