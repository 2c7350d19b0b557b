import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsTimeZone } from 'class-validator';

export class AdminStatsQuery {
  @ApiPropertyOptional({ description: 'start of the revenue range (ISO 8601); defaults to 30 days ago' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'end of the revenue range (ISO 8601, exclusive); defaults to now' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ example: 'Europe/Brussels', description: 'days are cut in this time zone' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}
