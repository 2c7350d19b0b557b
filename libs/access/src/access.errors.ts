import { COMMON_ERRORS, errorsFrom, forbidden, notFound } from '@guichet/common';

/** The entrance's error codes (last segment of the problem type) with the status and title clients see. Scan verdicts are not errors. */
export const ACCESS_ERRORS = {
  validation: COMMON_ERRORS.validation,
  unauthenticated: COMMON_ERRORS.unauthenticated,
  'gate-exists': { status: 409, title: 'This club already has a gate with this name' },
} as const;

export type AccessErrorCode = keyof typeof ACCESS_ERRORS;

export const accessError = errorsFrom(ACCESS_ERRORS);

export const gateKeyRequired = () => accessError('unauthenticated', 'Send the gate key (X-Gate-Key) or a staff access token.');

export const gateKeyRefused = () => accessError('unauthenticated', 'This gate key is unknown or revoked.');

export const staffTokenRefused = () => accessError('unauthenticated', 'Send a valid access token.');

export const gateNotFound = () => notFound('Gate');

export const otherGate = () => forbidden('A gate key acts for its own gate only.');

export const gateNameTaken = () => accessError('gate-exists');

export const scannerRoleRequired = () => forbidden('Only club organizers, platform admins and gates scan tickets.');
