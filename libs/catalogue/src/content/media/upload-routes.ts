import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader } from '@nestjs/swagger';
import { API_PREFIX, UPLOAD_CHUNK_CONTENT_TYPE } from '@guichet/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MediaOwnerType } from '../content-type';
import { ContentType } from '../content-type';
import type { MediaOwner, UploadChunk, UploadView } from './media-views';

/** Only films and episodes carry a video file: each route is declared for both, as API.md lists them. */
export const both = (suffix: string) => [`films/:id/${suffix}`, `episodes/:id/${suffix}`];

/** Which of the two paths matched, from Fastify's route pattern. */
export function owner(request: FastifyRequest, id: string): MediaOwner & { kind: string } {
  const episode = request.routeOptions.url?.includes('/episodes/') ?? false;
  const type: MediaOwnerType = episode ? ContentType.Episode : ContentType.Film;
  return { type, id, kind: episode ? 'episodes' : 'films' };
}

/** Where the uploads of the route's film or episode live: `via` is `uploads` (JSON) or `tus`. */
export const uploadsPath = (request: FastifyRequest, id: string, via: 'uploads' | 'tus') => `/${API_PREFIX}/${owner(request, id).kind}/${id}/media/${via}`;

/** The chunk a PATCH carries: its body as it streams in, with the headers that place it. */
export const chunkOf = (request: FastifyRequest): UploadChunk => ({
  offset: request.headers['upload-offset'],
  contentType: request.headers['content-type'],
  body: request.raw,
});

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

/** A new upload: `Location` is where its chunks go, and the headers say where it stands. */
export function uploadCreated(reply: FastifyReply, upload: UploadView, uploadsAt: string): UploadView {
  reply.header('Location', `${uploadsAt}/${upload.uploadId}`);
  return setUploadHeaders(reply, upload);
}
