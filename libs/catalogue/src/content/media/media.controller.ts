import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { multipartFile } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyReply, FastifyRequest } from 'fastify';
import { CreateUploadDto } from '../dto/create-upload.dto';
import { MultipartIntakeService } from './multipart-intake.service';
import { ResumableUploadsService } from './resumable-uploads.service';
import { ApiFileUpload, ApiUploadChunk, both, chunkOf, owner, setUploadHeaders, uploadCreated, uploadsPath } from './upload-routes';

/** The video file of a film or an episode: one upload, or a resumable one in chunks. */
@ApiTags('media')
@Roles(Role.Admin)
@Controller()
export class MediaController {
  constructor(
    private readonly intake: MultipartIntakeService,
    private readonly uploads: ResumableUploadsService,
  ) {}

  @Put(both('media'))
  @ApiFileUpload('the video file, streamed to storage')
  putMedia(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.intake.putFile(owner(request, id), multipartFile(request));
  }

  @Post(both('media/uploads'))
  async createUpload(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateUploadDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return uploadCreated(reply, await this.uploads.create(owner(request, id), dto), uploadsPath(request, id, 'uploads'));
  }

  /** Also answers `HEAD` (headers only). */
  @Get(both('media/uploads/:uploadId'))
  async uploadStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return setUploadHeaders(reply, await this.uploads.status(owner(request, id), uploadId));
  }

  @Patch(both('media/uploads/:uploadId'))
  @ApiUploadChunk()
  async appendChunk(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('uploadId', ParseUUIDPipe) uploadId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return setUploadHeaders(reply, await this.uploads.append(owner(request, id), uploadId, chunkOf(request)));
  }

  @Delete(both('media/uploads/:uploadId'))
  @HttpCode(204)
  cancelUpload(@Param('id', ParseUUIDPipe) id: string, @Param('uploadId', ParseUUIDPipe) uploadId: string, @Req() request: FastifyRequest) {
    return this.uploads.cancel(owner(request, id), uploadId);
  }
}
