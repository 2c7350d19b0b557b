import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Trim } from '@guichet/common';

export class CreateCustomerDto {
  @ApiProperty({ example: 'Jean-Paul Mbarga' })
  @Trim()
  @IsString()
  @Length(1, 80)
  displayName: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+237670000000' })
  @IsOptional()
  @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone must be digits, optionally starting with +' })
  phone?: string;

  @ApiPropertyOptional({ example: '123456789', description: 'Telegram user id' })
  @IsOptional()
  @Matches(/^[0-9]{1,19}$/, { message: 'telegramUserId must be a numeric Telegram user id' })
  telegramUserId?: string;
}
