import { conflict, DomainError, notFound } from '@guichet/common';
import { CONTENT_LABELS, ContentType } from './content-type';

/** The error codes of the films-and-series catalogue (last segment of the problem type). */
export const contentNotFound = (type: ContentType) => notFound(CONTENT_LABELS[type]);

export const numberTaken = (type: ContentType.Season | ContentType.Episode, number: number) =>
  conflict(
    `${type}-number-taken`,
    `This ${type} number is taken`,
    type === ContentType.Season
      ? `The series already has a season ${number}.`
      : `The season already has an episode ${number}.`,
  );

export const parentArchived = (type: ContentType) =>
  conflict('content-archived', `This ${type} is archived`, `Nothing can be added to an archived ${type}.`);

export const emptyFile = () => new DomainError('empty-file', 400, 'Empty file', 'The file has no content.');

export const imageTooLarge = (maxBytes: number) =>
  new DomainError('image-too-large', 413, 'Image too large', `An image may weigh at most ${maxBytes} bytes.`);

export const unsupportedImage = (detail = 'Send a JPEG or PNG image.') =>
  new DomainError('unsupported-image', 415, 'Unsupported image', detail);

export const invalidImage = (detail = 'The image could not be read.') =>
  new DomainError('invalid-image', 400, 'Invalid image', detail);

export const unsafeFileName = () =>
  new DomainError(
    'unsafe-file-name',
    400,
    'Unsafe file name',
    'A file name is a plain name: no path separators, no "..", no control characters, at most 255 bytes.',
    [{ field: 'fileName', message: 'must be a plain file name' }],
  );

export const mediaTooLarge = (maxBytes: number) =>
  new DomainError('media-too-large', 413, 'File too large', `A media file may weigh at most ${maxBytes} bytes.`);

export const chunkTooLong = (remaining: number) =>
  new DomainError('chunk-too-long', 413, 'Chunk too long', `The chunk goes past the declared size: ${remaining} bytes remain.`);

export const uploadNotFound = () => notFound('Upload');

export const uploadOffsetMismatch = (expected: number) =>
  conflict('upload-offset-mismatch', 'Wrong upload offset', `The upload continues at offset ${expected}.`);

export const uploadBusy = () =>
  conflict('upload-busy', 'Upload in progress', 'Another request is writing to this upload; ask for its offset and retry.');

export const uploadComplete = () => conflict('upload-complete', 'Upload complete', 'This upload already has all its bytes.');

export const uploadInterrupted = (offset: number) =>
  new DomainError(
    'upload-interrupted',
    400,
    'Upload interrupted',
    `The body ended before the chunk was complete; the upload continues at offset ${offset}.`,
  );

export const badUploadOffset = () =>
  new DomainError('bad-upload-offset', 400, 'Invalid Upload-Offset', 'Send the header Upload-Offset: a non-negative integer.', [
    { field: 'Upload-Offset', message: 'must be a non-negative integer' },
  ]);

export const chunkContentType = (expected: string) =>
  new DomainError('unsupported-media-type', 415, 'Unsupported media type', `Send the chunk as ${expected}.`);
