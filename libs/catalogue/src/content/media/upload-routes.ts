import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader } from '@nestjs/swagger';
import { UPLOAD_CHUNK_CONTENT_TYPE } from '@guichet/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MediaOwnerType } from '../content-type';
import { ContentType } from '../content-type';
import type { MediaOwner, UploadView } from './media.service';

/** Only films and episodes carry a video file: each route is declared for both, as API.md lists them. */
export const both = (suffix: string) => [`films/:id/${suffix}`, `episodes/:id/${suffix}`];

/** Which of the two paths matched, from Fastify's route pattern. */
export function owner(request: FastifyRequest, id: string): MediaOwner & { kind: string } {
  const episode = request.routeOptions.url?.includes('/episodes/') ?? false;
  const type: MediaOwnerType = episode ? ContentType.Episode : ContentType.Film;
  return { type, id, kind: episode ? 'episodes' : 'films' };
}

/** OpenAPI of a multipart route taking one `file`. */
export const ApiFileUpload = (description: string) =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description,
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    }),
  );

/** OpenAPI of a resumable-upload chunk. */
export const ApiUploadChunk = () =>
  applyDecorators(
    ApiConsumes(UPLOAD_CHUNK_CONTENT_TYPE),
    ApiHeader({ name: 'Upload-Offset', required: true, description: 'where this chunk starts: the offset last answered' }),
    ApiBody({ schema: { type: 'string', format: 'binary' } }),
  );

/** tus-style headers, so that `HEAD` on an upload answers its offset without a body. */
export function setUploadHeaders(reply: FastifyReply, upload: UploadView): UploadView {
  reply.header('Upload-Offset', String(upload.offset));
  reply.header('Upload-Length', String(upload.size));
  reply.header('Cache-Control', 'no-store');
  return upload;
}
