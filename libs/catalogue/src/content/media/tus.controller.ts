import { Controller, Delete, Head, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UPLOAD_CHUNK_CONTENT_TYPE } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyReply, FastifyRequest } from 'fastify';
import { TUS_CHECKSUM_ALGORITHMS, TUS_VERSION } from './tus-protocol';
import { TusUploadsService } from './tus-uploads.service';
import { both, owner, uploadsPath } from './upload-routes';

const TUS_RESUMABLE = ApiHeader({ name: 'Tus-Resumable', required: true, description: TUS_VERSION });

/**
 * The video file of a film or an episode over tus 1.0, so that tus-js-client (and any tus client) works
 * unmodified. Same uploads, checks and storage as the JSON routes beside it (`media/uploads`).
 */
@ApiTags('media')
@Roles(Role.Admin)
@Controller()
export class TusController {
  constructor(private readonly tus: TusUploadsService) {}

  @Post(both('media/tus'))
  @TUS_RESUMABLE
  @ApiHeader({ name: 'Upload-Length', required: true, description: 'the whole file, in bytes' })
  @ApiHeader({ name: 'Upload-Metadata', required: true, description: 'base64 values: `filename` (required), `filetype`' })
  @ApiCreatedResponse({ description: 'created: `Location` is the upload URL' })
  create(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.tus.create(owner(request, id), uploadsPath(request, id, 'tus'), request, reply);
  }

  @Head(both('media/tus/:uploadId'))
  @TUS_RESUMABLE
  @ApiOkResponse({ description: 'headers only: `Upload-Offset` (where to continue) and `Upload-Length`' })
  offset(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    return this.tus.offset(owner(request, id), uploadId, request, reply);
  }

  @Patch(both('media/tus/:uploadId'))
  @HttpCode(204)
  @TUS_RESUMABLE
  @ApiConsumes(UPLOAD_CHUNK_CONTENT_TYPE)
  @ApiHeader({ name: 'Upload-Offset', required: true, description: 'where this chunk starts: the offset last answered' })
  @ApiHeader({ name: 'Upload-Checksum', required: false, description: `${TUS_CHECKSUM_ALGORITHMS.join('|')} base64digest of this chunk` })
  @ApiNoContentResponse({ description: 'written: `Upload-Offset` is the new offset; 409 wrong offset or busy, 460 checksum mismatch' })
  append(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    return this.tus.append(owner(request, id), uploadId, request, reply);
  }

  @Delete(both('media/tus/:uploadId'))
  @HttpCode(204)
  @TUS_RESUMABLE
  @ApiNoContentResponse({ description: 'the upload and its bytes are gone' })
  terminate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    return this.tus.terminate(owner(request, id), uploadId, request, reply);
  }
}
