import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API_PREFIX, multipartFile } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyReply, FastifyRequest } from 'fastify';
import { CreateUploadDto } from '../dto/create-upload.dto';
import { MediaService } from './media.service';
import { ApiFileUpload, ApiUploadChunk, both, owner, setUploadHeaders } from './upload-routes';

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
