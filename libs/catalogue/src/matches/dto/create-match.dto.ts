import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, Trim } from '@guichet/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';

export class MatchStandDto {
  @ApiProperty()
  @IsUUID()
  standId: string;

  @ApiPropertyOptional({ type: MoneyDto, description: 'defaults to the stand price' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  price?: MoneyDto;

  @ApiPropertyOptional({ description: 'seats on sale, at most the stand capacity (defaults to it)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200000)
  quota?: number;
}

export class CreateMatchDto {
  @ApiProperty({ example: 'FC Uccle Sport' })
  @Trim()
  @IsString()
  @Length(1, 120)
  opponent: string;

  @ApiProperty({ example: '2026-12-05T15:00:00+01:00', description: 'ISO 8601 with offset' })
  @IsISO8601({ strict: true })
  kickoffAt: string;

  @ApiProperty({ enum: ['home', 'away'] })
  @IsIn(['home', 'away'])
  venue: 'home' | 'away';

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  competitionId?: string;

  @ApiProperty({ type: [MatchStandDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MatchStandDto)
  stands: MatchStandDto[];
}
