import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_PREFIX, Public } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ContentType } from '../content-type';
import { ContentListQuery } from '../dto/content-list.query';
import { CreateUploadDto } from '../dto/create-upload.dto';
import { CreateFilmDto, UpdateFilmDto } from '../dto/film.dto';
import { MediaOwner, MediaService } from '../media/media.service';
import { ApiFileUpload, ApiUploadChunk, setUploadHeaders } from '../media/upload-routes';
import { multipartFile } from '@guichet/common';
import { ThumbnailsService } from '../thumbnails/thumbnails.service';
import { FilmsService } from './films.service';

const film = (id: string): MediaOwner => ({ type: ContentType.Film, id });

@ApiTags('films')
@Controller('films')
export class FilmsController {
  constructor(
    private readonly films: FilmsService,
    private readonly thumbnails: ThumbnailsService,
    private readonly media: MediaService,
  ) {}

  @Public()
  @Get()
  list(@Query() query: ContentListQuery) {
    return this.films.list(query);
  }

  @Public()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.films.get(id);
  }

  @Roles(Role.Admin)
  @Post()
  create(@Body() dto: CreateFilmDto) {
    return this.films.create(dto);
  }

  @Roles(Role.Admin)
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateFilmDto) {
    return this.films.update(id, dto);
  }

  /** Archives: the film leaves the lists and stays readable by id. */
  @Roles(Role.Admin)
  @Delete(':id')
  @HttpCode(204)
  archive(@Param('id', ParseUUIDPipe) id: string) {
    return this.films.archive(id);
  }

  @Roles(Role.Admin)
  @Put(':id/thumbnail')
  @ApiFileUpload('a JPEG or PNG image of at most 5 MB, re-encoded as a 480×720 JPEG')
  thumbnail(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.thumbnails.replace(ContentType.Film, id, multipartFile(request));
  }

  @Roles(Role.Admin)
  @Put(':id/media')
  @ApiFileUpload('the video file, streamed to storage')
  putMedia(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.media.putFile(film(id), multipartFile(request));
  }

  @Roles(Role.Admin)
  @Post(':id/media/uploads')
  async createUpload(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateUploadDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const upload = await this.media.createUpload(film(id), dto);
    reply.header('Location', `/${API_PREFIX}/films/${id}/media/uploads/${upload.uploadId}`);
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
    return setUploadHeaders(reply, await this.media.uploadStatus(film(id), uploadId));
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
    return setUploadHeaders(reply, await this.media.appendChunk(film(id), uploadId, chunk));
  }

  @Roles(Role.Admin)
  @Delete(':id/media/uploads/:uploadId')
  @HttpCode(204)
  cancelUpload(@Param('id', ParseUUIDPipe) id: string, @Param('uploadId', ParseUUIDPipe) uploadId: string) {
    return this.media.cancelUpload(film(id), uploadId);
  }
}
