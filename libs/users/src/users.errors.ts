import { COMMON_ERRORS, errorsFrom } from '@guichet/common';

/** Users' error codes (last segment of the problem type) with the status and title clients see. */
export const USERS_ERRORS = {
  unauthenticated: COMMON_ERRORS.unauthenticated,
  'not-a-customer': { status: 400, title: 'Only customer passwords are reset here' },
  'invalid-invitation': { status: 400, title: 'Invalid invitation' },
  'invalid-credentials': { status: 401, title: 'Invalid login or password' },
  'invalid-refresh-token': { status: 401, title: 'Session expired' },
  'no-session': { status: 401, title: 'Not logged in' },
  'console-staff-only': { status: 403, title: 'The console is for staff' },
  'club-exists': { status: 409, title: 'This club already exists' },
  'email-taken': { status: 409, title: 'This email is already registered' },
  'username-taken': { status: 409, title: 'This username is already taken' },
  'telegram-user-taken': { status: 409, title: 'This Telegram account already has a customer account' },
  'username-exhausted': { status: 409, title: 'Could not find a free username' },
  'invitation-account-not-eligible': { status: 409, title: 'This account cannot join the club' },
  'invitation-other-email': { status: 409, title: 'This invitation was sent to another address' },
  'too-many-attempts': { status: 429, title: 'Too many failed logins' },
} as const;

export type UsersErrorCode = keyof typeof USERS_ERRORS;

export const usersError = errorsFrom(USERS_ERRORS);
