import { COMMON_ERRORS, errorsFrom } from '@guichet/common';

/**
 * Catalogue's error codes for competitions, stands and matches (last segment of the problem type) with the
 * status and title clients see. Films, series and uploads keep theirs in content/content.errors.ts.
 */
export const CATALOGUE_ERRORS = {
  validation: COMMON_ERRORS.validation,
  'not-found': COMMON_ERRORS['not-found'],
  'organizer-only': { status: 400, title: 'Only club organizers create matches' },
  'duplicate-stand': { status: 400, title: 'A stand is listed twice' },
  'unknown-stand': { status: 400, title: 'Unknown stand' },
  'match-cancelled': { status: 409, title: 'This match is cancelled' },
  'stand-has-tickets': { status: 409, title: 'A stand with sold seats cannot be closed' },
  'quota-below-sold': { status: 409, title: 'Quota below seats already sold' },
  'competition-exists': { status: 409, title: 'A competition with this name exists' },
  'competition-in-use': { status: 409, title: 'Matches belong to this competition' },
  'stand-exists': { status: 409, title: 'This club already has a stand with this name' },
  'capacity-below-quota': { status: 409, title: 'Capacity below a match quota' },
} as const;

export type CatalogueErrorCode = keyof typeof CATALOGUE_ERRORS;

export const catalogueError = errorsFrom(CATALOGUE_ERRORS);
