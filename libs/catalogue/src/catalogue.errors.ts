import { COMMON_ERRORS, errorsFrom } from '@guichet/common';

/**
 * Catalogue's error codes (last segment of the problem type) with the status and title clients see:
 * competitions, stands and matches, then films, series, images and uploads (thrown through the named
 * helpers of content/content.errors.ts and the tus headers of content/media/tus-protocol.ts).
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
  'season-number-taken': { status: 409, title: 'This season number is taken' },
  'episode-number-taken': { status: 409, title: 'This episode number is taken' },
  'content-archived': { status: 409, title: 'This content is archived' },
  'empty-file': { status: 400, title: 'Empty file' },
  'invalid-image': { status: 400, title: 'Invalid image' },
  'unsafe-file-name': { status: 400, title: 'Unsafe file name' },
  'upload-interrupted': { status: 400, title: 'Upload interrupted' },
  'bad-upload-offset': { status: 400, title: 'Invalid Upload-Offset' },
  'upload-offset-mismatch': { status: 409, title: 'Wrong upload offset' },
  'upload-busy': { status: 409, title: 'Upload in progress' },
  'upload-complete': { status: 409, title: 'Upload complete' },
  'bad-upload-metadata': { status: 400, title: 'Invalid Upload-Metadata' },
  'upload-length-required': { status: 400, title: 'Upload-Length required' },
  'bad-upload-length': { status: 400, title: 'Invalid Upload-Length' },
  'file-name-required': { status: 400, title: 'File name required' },
  'checksum-algorithm': { status: 400, title: 'Unsupported checksum algorithm' },
  'bad-upload-checksum': { status: 400, title: 'Invalid Upload-Checksum' },
  'tus-version': { status: 412, title: 'Unsupported tus version' },
  'image-too-large': { status: 413, title: 'Image too large' },
  'media-too-large': { status: 413, title: 'File too large' },
  'chunk-too-long': { status: 413, title: 'Chunk too long' },
  'unsupported-image': { status: 415, title: 'Unsupported image' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  // tus's own status for a chunk that does not match its Upload-Checksum (tus 1.0, checksum extension).
  'checksum-mismatch': { status: 460, title: 'Checksum mismatch' },
} as const;

export type CatalogueErrorCode = keyof typeof CATALOGUE_ERRORS;

export const catalogueError = errorsFrom(CATALOGUE_ERRORS);
