import { conflict, DomainError, forbidden, notFound } from '@guichet/common';

/** The error codes of the entrance (last segment of the problem type). Scan verdicts are not errors. */
export const gateKeyRequired = () =>
  new DomainError('unauthenticated', 401, 'Authentication required', 'Send the gate key (X-Gate-Key) or a staff access token.');

export const gateKeyRefused = () =>
  new DomainError('unauthenticated', 401, 'Authentication required', 'This gate key is unknown or revoked.');

export const gateNotFound = () => notFound('Gate');

export const otherGate = () => forbidden('A gate key acts for its own gate only.');

export const gateNameTaken = () => conflict('gate-exists', 'This club already has a gate with this name');

export const scannerRoleRequired = () => forbidden('Only club organizers, platform admins and gates scan tickets.');
