import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PriceDto } from './price.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** May be left out, but not set to null (the column has no null). */
const Omittable = () => ValidateIf((_object, value) => value !== undefined);

/** Metadata every kind of content may carry; all optional (nullable ones accept null on update). */
export class ContentFieldsDto {
  @ApiPropertyOptional({ example: 'Jean Valjean, ancien forçat, ...', maxLength: 5000 })
  @Omittable()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ example: ['drame', 'histoire'], description: 'compared without regard to case' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  genres?: string[];

  @ApiPropertyOptional({ example: 2012, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1870)
  @Max(2100)
  year?: number | null;

  @ApiPropertyOptional({ example: 158, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  durationMinutes?: number | null;

  @ApiPropertyOptional({ example: 'fr', nullable: true })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(2, 40)
  language?: string | null;
}

/** Films and series: a title and a price are required. */
export class CreateTitleDto extends ContentFieldsDto {
  @ApiProperty({ example: 'Les Misérables', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ type: PriceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PriceDto)
  price: PriceDto;
}
