import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { notFound, Public } from '@guichet/common';
import { FastifyReply } from 'fastify';
import { CONTENT_PATHS, contentTypeOfPath } from '../content-type';
import { ThumbnailsService } from './thumbnails.service';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jpg$/i;

@ApiTags('thumbnails')
@Controller('thumbnails')
export class ThumbnailsController {
  constructor(private readonly thumbnails: ThumbnailsService) {}

  /** The `thumbnailUrl` of films, series, seasons and episodes. */
  @Public()
  @Get(':kind/:file')
  @ApiOperation({ summary: 'A thumbnail: the standard 480×720 JPEG' })
  @ApiParam({ name: 'kind', enum: Object.values(CONTENT_PATHS) })
  @ApiParam({ name: 'file', example: '3f0c3c7e-8a3b-4a57-9d43-1f2a0c6b9e10.jpg' })
  @ApiProduces('image/jpeg')
  async get(@Param('kind') kind: string, @Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const type = contentTypeOfPath(kind);
    const id = FILE.exec(file)?.[1];
    if (!type || !id) throw notFound('Thumbnail');
    const image = await this.thumbnails.open(type, id.toLowerCase());
    reply.header('Cache-Control', 'public, max-age=3600');
    // Shown by the console and web pages of other origins (helmet's default would be same-origin).
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return new StreamableFile(image.stream, { type: image.contentType, length: image.size });
  }
}
