import { DisplayNameField, EmailField, PasswordField, UsernameField } from './credentials.fields';

export class RegisterDto {
  @EmailField() email: string;
  @UsernameField() username: string;
  @PasswordField() password: string;
  @DisplayNameField() displayName?: string;
}
