import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DisplayNameField, EmailField, PasswordField, UsernameField } from '../auth/dto/credentials.fields';

export class CreateInvitationDto {
  @EmailField() email: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'the token from the invitation mail' })
  @IsString()
  @MaxLength(200)
  token: string;

  @UsernameField() username: string;
  @PasswordField() password: string;
  @DisplayNameField() displayName?: string;
}
