import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@guichet/common';
import { CONTENT_PATHS } from '../content-type';
import { ThumbnailsService } from './thumbnails.service';

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
  @Header('Cache-Control', 'public, max-age=3600')
  // Shown by the console and web pages of other origins (helmet's default would be same-origin).
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  get(@Param('kind') kind: string, @Param('file') file: string) {
    return this.thumbnails.publicFile(kind, file);
  }
}
