import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Trim } from '@guichet/common';
import { IsNotWeakPassword } from '../password-policy';

const trim = Trim();

/** The field rules shared by every form that creates an account. */
export const EmailField = () => applyDecorators(ApiProperty({ example: 'ada@example.org' }), trim, IsEmail(), MaxLength(254));

export const UsernameField = () =>
  applyDecorators(
    ApiProperty({ example: 'ada', minLength: 3, maxLength: 32 }),
    trim,
    IsString(),
    Matches(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,31}$/, {
      message: 'username must be 3 to 32 letters, digits, dots, dashes or underscores',
    }),
  );

export const PasswordField = () =>
  applyDecorators(
    ApiProperty({ minLength: 10, maxLength: 128 }),
    IsString(),
    Length(10, 128, { message: 'password must be 10 to 128 characters' }),
    IsNotWeakPassword(),
  );

export const DisplayNameField = () => applyDecorators(ApiPropertyOptional({ example: 'Ada Lovelace' }), trim, IsOptional(), IsString(), Length(1, 80));
