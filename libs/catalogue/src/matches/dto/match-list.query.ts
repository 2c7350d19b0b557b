import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@guichet/common';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class MatchListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'kickoff at or after (ISO 8601); defaults to now' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'kickoff before (ISO 8601)' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  clubId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  competitionId?: string;

  @ApiPropertyOptional({ description: 'part of the club or opponent name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
