import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@guichet/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';

export class ContentListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'words of the title or description; accents and case are ignored' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: 'drame' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  genre?: string;

  @ApiPropertyOptional({ example: 2012 })
  @Type(() => Number)
  @IsOptional()
  @IsInt()
  @Min(1870)
  @Max(2100)
  year?: number;
}
