import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_PREFIX, multipartFile } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ContentType, MediaOwnerType } from '../content-type';
import { CreateUploadDto } from '../dto/create-upload.dto';
import { MediaOwner, MediaService } from './media.service';
import { ApiFileUpload, ApiUploadChunk, setUploadHeaders } from './upload-routes';

/** Only films and episodes carry a video file: each route is declared for both, as API.md lists them. */
const both = (suffix: string) => [`films/:id/${suffix}`, `episodes/:id/${suffix}`];

/** Which of the two paths matched, from Fastify's route pattern. */
function owner(request: FastifyRequest, id: string): MediaOwner & { kind: string } {
  const episode = request.routeOptions.url?.includes('/episodes/') ?? false;
  const type: MediaOwnerType = episode ? ContentType.Episode : ContentType.Film;
  return { type, id, kind: episode ? 'episodes' : 'films' };
}

/** The video file of a film or an episode: one upload, or a resumable one in chunks. */
@ApiTags('media')
@Roles(Role.Admin)
@Controller()
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Put(both('media'))
  @ApiFileUpload('the video file, streamed to storage')
  putMedia(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.media.putFile(owner(request, id), multipartFile(request));
  }

  @Post(both('media/uploads'))
  async createUpload(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateUploadDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const target = owner(request, id);
    const upload = await this.media.createUpload(target, dto);
    reply.header('Location', `/${API_PREFIX}/${target.kind}/${id}/media/uploads/${upload.uploadId}`);
    return setUploadHeaders(reply, upload);
  }

  /** Also answers `HEAD` (headers only). */
  @Get(both('media/uploads/:uploadId'))
  async uploadStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return setUploadHeaders(reply, await this.media.uploadStatus(owner(request, id), uploadId));
  }

  @Patch(both('media/uploads/:uploadId'))
  @ApiUploadChunk()
  async appendChunk(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const chunk = { offset: request.headers['upload-offset'], contentType: request.headers['content-type'], body: request.raw };
    return setUploadHeaders(reply, await this.media.appendChunk(owner(request, id), uploadId, chunk));
  }

  @Delete(both('media/uploads/:uploadId'))
  @HttpCode(204)
  cancelUpload(@Param('id', ParseUUIDPipe) id: string, @Param('uploadId', ParseUUIDPipe) uploadId: string, @Req() request: FastifyRequest) {
    return this.media.cancelUpload(owner(request, id), uploadId);
  }
}
