import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@guichet/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class ScanLogQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsUUID() @IsOptional()
  matchId?: string;

  @ApiPropertyOptional()
  @IsUUID() @IsOptional()
  gateId?: string;

  @ApiPropertyOptional({ description: 'Only offline admissions the server could not honour (double entries, refused tickets)' })
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean() @IsOptional()
  conflicts?: boolean;
}
