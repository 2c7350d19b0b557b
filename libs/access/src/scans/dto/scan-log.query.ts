import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery, QueryBoolean } from '@guichet/common';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class ScanLogQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsUUID()
  @IsOptional()
  matchId?: string;

  @ApiPropertyOptional()
  @IsUUID()
  @IsOptional()
  gateId?: string;

  @ApiPropertyOptional({ description: 'Only offline admissions the server could not honour (double entries, refused tickets)' })
  @QueryBoolean()
  @IsBoolean()
  @IsOptional()
  conflicts?: boolean;
}
