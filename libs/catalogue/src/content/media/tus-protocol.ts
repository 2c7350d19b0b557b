import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CatalogueErrorCode } from '../../catalogue.errors';
import { catalogueError } from '../../catalogue.errors';
import type { CreateUploadDto } from '../dto/create-upload.dto';
import { MAX_MEDIA_BYTES } from './media-limits';
import type { UploadView } from './media-views';

/**
 * tus 1.0 (https://tus.io/protocols/resumable-upload) over the media upload service: core protocol, the
 * creation and termination extensions and checksums (sha1, sha256, md5 of each PATCH body).
 */
export const TUS_VERSION = '1.0.0';
export const TUS_EXTENSIONS = 'creation,termination,checksum';
export const TUS_CHECKSUM_ALGORITHMS = ['sha1', 'sha256', 'md5'] as const;
export type TusChecksumAlgorithm = (typeof TUS_CHECKSUM_ALGORITHMS)[number];

export interface TusChecksum {
  algorithm: TusChecksumAlgorithm;
  /** Base64, as the header carries it. */
  digest: string;
}

/** A refused tus header: its code (status and title in catalogue.errors.ts), the detail, and the header to fix. */
const tusError = (code: CatalogueErrorCode, detail: string, field: string) => catalogueError(code, detail, { errors: [{ field, message: detail }] });

/** Every tus answer says which protocol it speaks, errors included (set before the work can throw). */
export function speakTus(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('Tus-Resumable', TUS_VERSION);
  if (request.headers['tus-resumable'] !== TUS_VERSION) {
    reply.header('Tus-Version', TUS_VERSION);
    throw tusError('tus-version', `Send the header Tus-Resumable: ${TUS_VERSION}.`, 'Tus-Resumable');
  }
}

/** `Upload-Metadata: filename d2l0aC5tcDQ=,filetype dmlkZW8vbXA0`: keys with base64 values. */
export function parseMetadata(header: string | string[] | undefined): Map<string, string> {
  const metadata = new Map<string, string>();
  if (typeof header !== 'string' || header.trim() === '') return metadata;
  for (const pair of header.split(',')) {
    const [key, value = '', extra] = pair.trim().split(' ');
    if (!key || extra !== undefined || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
      throw tusError('bad-upload-metadata', 'Send Upload-Metadata as "key base64value" pairs separated by commas.', 'Upload-Metadata');
    }
    metadata.set(key, Buffer.from(value, 'base64').toString('utf8'));
  }
  return metadata;
}

/** The creation request's headers, as the JSON body of the older upload route would have said it. */
export function creationRequest(request: FastifyRequest): CreateUploadDto {
  if (request.headers['upload-defer-length'] !== undefined) {
    throw tusError('upload-length-required', 'Deferred lengths are not supported: send Upload-Length.', 'Upload-Length');
  }
  const length = request.headers['upload-length'];
  if (typeof length !== 'string' || !/^\d{1,16}$/.test(length) || Number(length) < 1) {
    throw tusError('bad-upload-length', 'Send Upload-Length: the whole file in bytes, at least 1.', 'Upload-Length');
  }
  if (Number(length) > MAX_MEDIA_BYTES) {
    throw tusError('media-too-large', `A media file may weigh at most ${MAX_MEDIA_BYTES} bytes.`, 'Upload-Length');
  }
  const metadata = parseMetadata(request.headers['upload-metadata']);
  const fileName = metadata.get('filename') ?? metadata.get('name');
  if (!fileName) {
    throw tusError('file-name-required', 'Send the file name in Upload-Metadata (key "filename").', 'Upload-Metadata');
  }
  const type = (metadata.get('filetype') ?? metadata.get('type') ?? '').toLowerCase();
  // An unknown or non-video type is stored as bytes, as the JSON route's validation would have asked.
  const contentType = /^video\/[a-z0-9.+-]{1,60}$/.test(type) ? type : 'application/octet-stream';
  return { size: Number(length), fileName, contentType };
}

/** `Upload-Checksum: sha1 base64digest`, or undefined when the client sent none. */
export function parseChecksum(header: string | string[] | undefined): TusChecksum | undefined {
  if (header === undefined) return undefined;
  const [algorithm, digest, extra] = typeof header === 'string' ? header.trim().split(' ') : [];
  if (!(TUS_CHECKSUM_ALGORITHMS as readonly string[]).includes(algorithm ?? '')) {
    throw tusError('checksum-algorithm', `Use one of: ${TUS_CHECKSUM_ALGORITHMS.join(', ')}.`, 'Upload-Checksum');
  }
  if (!digest || extra !== undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(digest)) {
    throw tusError('bad-upload-checksum', 'Send Upload-Checksum as "algorithm base64digest".', 'Upload-Checksum');
  }
  return { algorithm: algorithm as TusChecksumAlgorithm, digest };
}

export const checksumMismatch = (offset: number) =>
  catalogueError('checksum-mismatch', `The chunk did not match its Upload-Checksum and was dropped; the upload continues at offset ${offset}.`);

/** Where the upload stands, as HEAD and PATCH answer it (never cached: it changes with every chunk). */
export function offsetHeaders(reply: FastifyReply, upload: UploadView): void {
  reply.header('Upload-Offset', String(upload.offset));
  reply.header('Upload-Length', String(upload.size));
  reply.header('Cache-Control', 'no-store');
}
