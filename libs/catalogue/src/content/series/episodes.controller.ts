import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_PREFIX, Public } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ContentType } from '../content-type';
import { CreateUploadDto } from '../dto/create-upload.dto';
import { UpdateEpisodeDto } from '../dto/episode.dto';
import { MediaOwner, MediaService } from '../media/media.service';
import { ApiFileUpload, ApiUploadChunk, setUploadHeaders } from '../media/upload-routes';
import { multipartFile } from '@guichet/common';
import { ThumbnailsService } from '../thumbnails/thumbnails.service';
import { EpisodesService } from './episodes.service';

const episode = (id: string): MediaOwner => ({ type: ContentType.Episode, id });

@ApiTags('series')
@Controller('episodes')
export class EpisodesController {
  constructor(
    private readonly episodes: EpisodesService,
    private readonly thumbnails: ThumbnailsService,
    private readonly media: MediaService,
  ) {}

  @Public()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.episodes.get(id);
  }

  @Roles(Role.Admin)
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEpisodeDto) {
    return this.episodes.update(id, dto);
  }

  @Roles(Role.Admin)
  @Delete(':id')
  @HttpCode(204)
  archive(@Param('id', ParseUUIDPipe) id: string) {
    return this.episodes.archive(id);
  }

  @Roles(Role.Admin)
  @Put(':id/thumbnail')
  @ApiFileUpload('a JPEG or PNG image of at most 5 MB, re-encoded as a 480×720 JPEG')
  thumbnail(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.thumbnails.replace(ContentType.Episode, id, multipartFile(request));
  }

  @Roles(Role.Admin)
  @Put(':id/media')
  @ApiFileUpload('the video file, streamed to storage')
  putMedia(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.media.putFile(episode(id), multipartFile(request));
  }

  @Roles(Role.Admin)
  @Post(':id/media/uploads')
  async createUpload(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateUploadDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const upload = await this.media.createUpload(episode(id), dto);
    reply.header('Location', `/${API_PREFIX}/episodes/${id}/media/uploads/${upload.uploadId}`);
    return setUploadHeaders(reply, upload);
  }

  /** Also answers `HEAD` (headers only). */
  @Roles(Role.Admin)
  @Get(':id/media/uploads/:uploadId')
  async uploadStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return setUploadHeaders(reply, await this.media.uploadStatus(episode(id), uploadId));
  }

  @Roles(Role.Admin)
  @Patch(':id/media/uploads/:uploadId')
  @ApiUploadChunk()
  async appendChunk(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const chunk = { offset: request.headers['upload-offset'], contentType: request.headers['content-type'], body: request.raw };
    return setUploadHeaders(reply, await this.media.appendChunk(episode(id), uploadId, chunk));
  }

  @Roles(Role.Admin)
  @Delete(':id/media/uploads/:uploadId')
  @HttpCode(204)
  cancelUpload(@Param('id', ParseUUIDPipe) id: string, @Param('uploadId', ParseUUIDPipe) uploadId: string) {
    return this.media.cancelUpload(episode(id), uploadId);
  }
}
