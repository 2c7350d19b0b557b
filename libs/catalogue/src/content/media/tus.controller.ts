import { Controller, Delete, Head, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { API_PREFIX, UPLOAD_CHUNK_CONTENT_TYPE } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyReply, FastifyRequest } from 'fastify';
import { MediaService } from './media.service';
import { both, owner } from './upload-routes';
import { creationRequest, offsetHeaders, parseChecksum, speakTus, TUS_CHECKSUM_ALGORITHMS, TUS_EXTENSIONS, TUS_VERSION } from './tus-protocol';

const TUS_RESUMABLE = ApiHeader({ name: 'Tus-Resumable', required: true, description: TUS_VERSION });

/**
 * The video file of a film or an episode over tus 1.0, so that tus-js-client (and any tus client) works
 * unmodified. Same uploads, checks and storage as the JSON routes beside it (`media/uploads`).
 */
@ApiTags('media')
@Roles(Role.Admin)
@Controller()
export class TusController {
  constructor(private readonly media: MediaService) {}

  @Post(both('media/tus'))
  @TUS_RESUMABLE
  @ApiHeader({ name: 'Upload-Length', required: true, description: 'the whole file, in bytes' })
  @ApiHeader({ name: 'Upload-Metadata', required: true, description: 'base64 values: `filename` (required), `filetype`' })
  @ApiCreatedResponse({ description: 'created: `Location` is the upload URL' })
  async create(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    speakTus(request, reply);
    const target = owner(request, id);
    const upload = await this.media.createUpload(target, creationRequest(request));
    reply.header('Tus-Version', TUS_VERSION).header('Tus-Extension', TUS_EXTENSIONS);
    reply.header('Location', `/${API_PREFIX}/${target.kind}/${id}/media/tus/${upload.uploadId}`);
    reply.status(201);
  }

  @Head(both('media/tus/:uploadId'))
  @TUS_RESUMABLE
  @ApiOkResponse({ description: 'headers only: `Upload-Offset` (where to continue) and `Upload-Length`' })
  async offset(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    speakTus(request, reply);
    offsetHeaders(reply, await this.media.uploadStatus(owner(request, id), uploadId));
  }

  @Patch(both('media/tus/:uploadId'))
  @HttpCode(204)
  @TUS_RESUMABLE
  @ApiConsumes(UPLOAD_CHUNK_CONTENT_TYPE)
  @ApiHeader({ name: 'Upload-Offset', required: true, description: 'where this chunk starts: the offset last answered' })
  @ApiHeader({ name: 'Upload-Checksum', required: false, description: `${TUS_CHECKSUM_ALGORITHMS.join('|')} base64digest of this chunk` })
  @ApiNoContentResponse({ description: 'written: `Upload-Offset` is the new offset; 409 wrong offset or busy, 460 checksum mismatch' })
  async append(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    speakTus(request, reply);
    const checksum = parseChecksum(request.headers['upload-checksum']);
    const chunk = { offset: request.headers['upload-offset'], contentType: request.headers['content-type'], body: request.raw, checksum };
    offsetHeaders(reply, await this.media.appendChunk(owner(request, id), uploadId, chunk));
  }

  @Delete(both('media/tus/:uploadId'))
  @HttpCode(204)
  @TUS_RESUMABLE
  @ApiNoContentResponse({ description: 'the upload and its bytes are gone' })
  async terminate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    speakTus(request, reply);
    await this.media.cancelUpload(owner(request, id), uploadId);
  }
}
