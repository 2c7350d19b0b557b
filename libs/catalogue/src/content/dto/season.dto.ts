import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { ContentFieldsDto } from './content-fields';
import { PriceDto } from './price.dto';
import { Trim } from '@guichet/common';

export class CreateSeasonDto extends ContentFieldsDto {
  @ApiProperty({ example: 1, description: 'unique within the series' })
  @IsInt()
  @Min(1)
  @Max(1000)
  number: number;

  @ApiPropertyOptional({ example: 'Saison 1', nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string | null;

  @ApiPropertyOptional({ type: PriceDto, nullable: true, description: 'absent or null: not sold on its own' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PriceDto)
  price?: PriceDto | null;
}

export class UpdateSeasonDto extends PartialType(CreateSeasonDto, { skipNullProperties: false }) {}
