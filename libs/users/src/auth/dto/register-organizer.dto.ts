import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsISO31661Alpha2, IsString, Length, ValidateNested } from 'class-validator';
import { DisplayNameField, EmailField, PasswordField, UsernameField } from './credentials.fields';
import { Trim } from '@guichet/common';

export class NewClubDto {
  @ApiProperty({ example: 'RFC Saint-Gilles' })
  @Trim()
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiProperty({ example: 'BE', description: 'ISO 3166-1 alpha-2' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2()
  country: string;
}

export class RegisterOrganizerDto {
  @EmailField() email: string;
  @UsernameField() username: string;
  @PasswordField() password: string;
  @DisplayNameField() displayName?: string;

  @ApiProperty({ type: NewClubDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => NewClubDto)
  club: NewClubDto;
}
