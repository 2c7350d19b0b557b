import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Trim } from '@guichet/common';

export class CreateGateDto {
  @ApiProperty({ example: 'Entrée Nord' })
  @Trim()
  @IsString()
  @Length(1, 80)
  name: string;

  @ApiPropertyOptional({ description: 'How long the door waits for the person after an open (ms)', minimum: 1000, maximum: 120000, default: 8000 })
  @IsInt()
  @Min(1000)
  @Max(120000)
  @IsOptional()
  holdMs?: number;
}
