import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '@guichet/common';

export class ClubListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'part of the club name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: 'BE' })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;
}
