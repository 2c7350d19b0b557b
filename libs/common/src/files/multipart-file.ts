import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { commonError } from '../errors/error-codes';

export interface FileLimits {
  maxBytes: number;
  /** Keep the file name exactly as sent (busboy otherwise strips any path, hiding a `../`). */
  keepPath?: boolean;
}

/** The `file` part of a multipart request, read only when the service asks (after its own checks). */
export type FileSource = (limits: FileLimits) => Promise<MultipartFile>;

export const notMultipart = () => commonError('multipart-required', 'Send the file as multipart/form-data in the field "file".');

export const fileMissing = () => commonError('file-missing', 'Send the file as multipart/form-data in the field "file".');

export function multipartFile(request: FastifyRequest): FileSource {
  return async ({ maxBytes, keepPath = false }) => {
    if (!request.isMultipart()) throw notMultipart();
    const part = await request.file({
      limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 },
      preservePath: keepPath,
      throwFileSizeLimit: true,
    });
    if (!part) throw fileMissing();
    if (part.fieldname !== 'file') {
      part.file.resume();
      throw fileMissing();
    }
    return part;
  };
}

/** The error @fastify/multipart raises once a part goes past its `fileSize` limit. */
export const isFileTooLarge = (error: unknown) => (error as { code?: unknown })?.code === 'FST_REQ_FILE_TOO_LARGE';
