import { isEmail } from 'class-validator';
import type { Messages } from '../i18n/fr';
import type { FieldErrors } from '../views/forms';

/** The same rules as the API's registration DTO, with messages in the page's language. */
const USERNAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,31}$/;

export const passwordError = (t: Messages, password: string) => (password.length < 10 || password.length > 128 ? t.auth.passwordInvalid : undefined);

export function accountErrors(t: Messages, values: { email?: string; username: string; password: string; displayName: string }): FieldErrors {
  const errors: FieldErrors = {
    ...(values.email !== undefined && (!isEmail(values.email) || values.email.length > 254) ? { email: t.auth.emailInvalid } : {}),
    ...(!USERNAME.test(values.username) ? { username: t.auth.usernameInvalid } : {}),
    ...(values.displayName.length > 80 ? { displayName: t.auth.displayNameInvalid } : {}),
  };
  const password = passwordError(t, values.password);
  return password ? { ...errors, password } : errors;
}

export const hasErrors = (errors: FieldErrors) => Object.values(errors).some(Boolean);
