import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyRequest } from 'fastify';
import { ContentType } from '../content-type';
import { CreateEpisodeDto } from '../dto/episode.dto';
import { UpdateSeasonDto } from '../dto/season.dto';
import { ApiFileUpload } from '../media/upload-routes';
import { multipartFile } from '@guichet/common';
import { ThumbnailsService } from '../thumbnails/thumbnails.service';
import { EpisodesService } from './episodes.service';
import { SeasonsService } from './seasons.service';

@ApiTags('series')
@Controller('seasons')
export class SeasonsController {
  constructor(
    private readonly seasons: SeasonsService,
    private readonly episodes: EpisodesService,
    private readonly thumbnails: ThumbnailsService,
  ) {}

  /** With its episodes, in order of number. */
  @Public()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.seasons.get(id);
  }

  @Roles(Role.Admin)
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSeasonDto) {
    return this.seasons.update(id, dto);
  }

  @Roles(Role.Admin)
  @Delete(':id')
  @HttpCode(204)
  archive(@Param('id', ParseUUIDPipe) id: string) {
    return this.seasons.archive(id);
  }

  @Roles(Role.Admin)
  @Put(':id/thumbnail')
  @ApiFileUpload('a JPEG or PNG image of at most 5 MB, re-encoded as a 480×720 JPEG')
  thumbnail(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.thumbnails.replace(ContentType.Season, id, multipartFile(request));
  }

  @Roles(Role.Admin)
  @Post(':id/episodes')
  createEpisode(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateEpisodeDto) {
    return this.episodes.create(id, dto);
  }
}
