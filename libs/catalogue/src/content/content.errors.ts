import { notFound } from '@guichet/common';
import { catalogueError } from '../catalogue.errors';
import { CONTENT_LABELS, ContentType } from './content-type';

/** The films-and-series errors by name; their codes, statuses and titles are in catalogue.errors.ts. */
export const contentNotFound = (type: ContentType) => notFound(CONTENT_LABELS[type]);

export const numberTaken = (type: ContentType.Season | ContentType.Episode, number: number) =>
  type === ContentType.Season
    ? catalogueError('season-number-taken', `The series already has a season ${number}.`)
    : catalogueError('episode-number-taken', `The season already has an episode ${number}.`);

export const parentArchived = (type: ContentType) =>
  catalogueError('content-archived', `Nothing can be added to an archived ${type}.`, { title: `This ${type} is archived` });

export const emptyFile = () => catalogueError('empty-file', 'The file has no content.');

export const imageTooLarge = (maxBytes: number) => catalogueError('image-too-large', `An image may weigh at most ${maxBytes} bytes.`);

export const unsupportedImage = (detail = 'Send a JPEG or PNG image.') => catalogueError('unsupported-image', detail);

export const invalidImage = (detail = 'The image could not be read.') => catalogueError('invalid-image', detail);

export const unsafeFileName = () =>
  catalogueError('unsafe-file-name', 'A file name is a plain name: no path separators, no "..", no control characters, at most 255 bytes.', {
    errors: [{ field: 'fileName', message: 'must be a plain file name' }],
  });

export const mediaTooLarge = (maxBytes: number) => catalogueError('media-too-large', `A media file may weigh at most ${maxBytes} bytes.`);

export const chunkTooLong = (remaining: number) => catalogueError('chunk-too-long', `The chunk goes past the declared size: ${remaining} bytes remain.`);

export const uploadNotFound = () => notFound('Upload');

export const uploadOffsetMismatch = (expected: number) => catalogueError('upload-offset-mismatch', `The upload continues at offset ${expected}.`);

export const uploadBusy = () => catalogueError('upload-busy', 'Another request is writing to this upload; ask for its offset and retry.');

export const uploadComplete = () => catalogueError('upload-complete', 'This upload already has all its bytes.');

export const uploadInterrupted = (offset: number) =>
  catalogueError('upload-interrupted', `The body ended before the chunk was complete; the upload continues at offset ${offset}.`);

export const badUploadOffset = () =>
  catalogueError('bad-upload-offset', 'Send the header Upload-Offset: a non-negative integer.', {
    errors: [{ field: 'Upload-Offset', message: 'must be a non-negative integer' }],
  });

export const chunkContentType = (expected: string) => catalogueError('unsupported-media-type', `Send the chunk as ${expected}.`);
