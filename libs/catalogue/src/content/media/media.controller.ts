import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, PipeTransform, Post, Put, Req, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { API_PREFIX, multipartFile, notFound } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ContentType, MediaOwnerType } from '../content-type';
import { CreateUploadDto } from '../dto/create-upload.dto';
import { MediaOwner, MediaService } from './media.service';
import { ApiFileUpload, ApiUploadChunk, setUploadHeaders } from './upload-routes';

const OWNERS: Record<string, MediaOwnerType> = { films: ContentType.Film, episodes: ContentType.Episode };

/** `films` or `episodes`: the only kinds that carry a video file; any other path segment is not a route. */
class MediaOwnerKindPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!OWNERS[value]) throw notFound('Route');
    return value;
  }
}

const owner = (kind: string, id: string): MediaOwner => ({ type: OWNERS[kind], id });

/** The video file of a film or an episode: one upload, or a resumable one in chunks. */
@ApiTags('media')
@Roles(Role.Admin)
@Controller()
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Put(':kind/:id/media')
  @ApiParam({ name: 'kind', enum: Object.keys(OWNERS) })
  @ApiFileUpload('the video file, streamed to storage')
  putMedia(@Param('kind', MediaOwnerKindPipe) kind: string, @Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.media.putFile(owner(kind, id), multipartFile(request));
  }

  @Post(':kind/:id/media/uploads')
  @ApiParam({ name: 'kind', enum: Object.keys(OWNERS) })
  async createUpload(
    @Param('kind', MediaOwnerKindPipe) kind: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateUploadDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const upload = await this.media.createUpload(owner(kind, id), dto);
    reply.header('Location', `/${API_PREFIX}/${kind}/${id}/media/uploads/${upload.uploadId}`);
    return setUploadHeaders(reply, upload);
  }

  /** Also answers `HEAD` (headers only). */
  @Get(':kind/:id/media/uploads/:uploadId')
  @ApiParam({ name: 'kind', enum: Object.keys(OWNERS) })
  async uploadStatus(
    @Param('kind', MediaOwnerKindPipe) kind: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return setUploadHeaders(reply, await this.media.uploadStatus(owner(kind, id), uploadId));
  }

  @Patch(':kind/:id/media/uploads/:uploadId')
  @ApiParam({ name: 'kind', enum: Object.keys(OWNERS) })
  @ApiUploadChunk()
  async appendChunk(
    @Param('kind', MediaOwnerKindPipe) kind: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const chunk = { offset: request.headers['upload-offset'], contentType: request.headers['content-type'], body: request.raw };
    return setUploadHeaders(reply, await this.media.appendChunk(owner(kind, id), uploadId, chunk));
  }

  @Delete(':kind/:id/media/uploads/:uploadId')
  @ApiParam({ name: 'kind', enum: Object.keys(OWNERS) })
  @HttpCode(204)
  cancelUpload(@Param('kind', MediaOwnerKindPipe) kind: string, @Param('id', ParseUUIDPipe) id: string, @Param('uploadId', ParseUUIDPipe) uploadId: string) {
    return this.media.cancelUpload(owner(kind, id), uploadId);
  }
}
