import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { ContentFieldsDto } from './content-fields';
import { PriceDto } from './price.dto';
import { Trim } from '@guichet/common';

export class CreateEpisodeDto extends ContentFieldsDto {
  @ApiProperty({ example: 1, description: 'unique within the season' })
  @IsInt()
  @Min(1)
  @Max(10000)
  number: number;

  @ApiProperty({ example: 'Le Pilote', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ type: PriceDto, nullable: true, description: 'absent or null: not sold on its own' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PriceDto)
  price?: PriceDto | null;
}

export class UpdateEpisodeDto extends PartialType(CreateEpisodeDto, { skipNullProperties: false }) {}
