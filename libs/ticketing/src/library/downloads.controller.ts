import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FileRequestHeaders, Public, sendFile } from '@guichet/common';
import { FastifyReply } from 'fastify';
import { LibraryService } from './library.service';

/** Streams a bought file from storage; resumable (Range, If-Range), cacheable by ETag, path never shown. */
@ApiTags('library')
@Controller('dl')
export class DownloadsController {
  constructor(private readonly library: LibraryService) {}

  @Public()
  @Get(':token')
  async download(@Param('token') token: string, @Headers() headers: FileRequestHeaders, @Res() reply: FastifyReply): Promise<void> {
    sendFile(reply, await this.library.download(token), headers);
  }
}
