import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { multipartFile, Public } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyRequest } from 'fastify';
import { ContentType } from '../content-type';
import { UpdateEpisodeDto } from '../dto/episode.dto';
import { ApiFileUpload } from '../media/upload-routes';
import { ThumbnailsService } from '../thumbnails/thumbnails.service';
import { EpisodesService } from './episodes.service';

@ApiTags('series')
@Controller('episodes')
export class EpisodesController {
  constructor(
    private readonly episodes: EpisodesService,
    private readonly thumbnails: ThumbnailsService,
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
}
