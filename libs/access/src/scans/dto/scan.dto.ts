import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

/** Ticket codes are ~125 characters; the gate program drops anything longer than 512. */
export const MAX_CODE_LENGTH = 512;

export class ScanDto {
  @ApiProperty({ description: 'The QR content of the ticket (a bearer secret)' })
  @IsString()
  @Length(1, MAX_CODE_LENGTH)
  code: string;

  @ApiPropertyOptional({ description: 'Refuse tickets of any other match (wrong_match)' })
  @IsUUID()
  @IsOptional()
  matchId?: string;

  @ApiPropertyOptional({ description: 'The gate to open on ok (staff: a gate of their club; a gate: itself)' })
  @IsUUID()
  @IsOptional()
  gateId?: string;
}
