import { COMMON_ERRORS, errorsFrom } from '@guichet/common';

/**
 * The web pages' own error codes, with the status and title they carry. A page catches them and shows its
 * form again with a readable message; the status is the one the page answers with.
 */
export const WEB_ERRORS = {
  'not-found': COMMON_ERRORS['not-found'],
  'invalid-credentials': { status: 401, title: 'Invalid login or password' },
} as const;

export type WebErrorCode = keyof typeof WEB_ERRORS;

export const webError = errorsFrom(WEB_ERRORS);
