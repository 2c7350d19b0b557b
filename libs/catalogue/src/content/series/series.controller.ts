import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyRequest } from 'fastify';
import { ContentType } from '../content-type';
import { ContentListQuery } from '../dto/content-list.query';
import { CreateSeasonDto } from '../dto/season.dto';
import { CreateSeriesDto, UpdateSeriesDto } from '../dto/series.dto';
import { ApiFileUpload } from '../media/upload-routes';
import { multipartFile } from '@guichet/common';
import { ThumbnailsService } from '../thumbnails/thumbnails.service';
import { SeasonsService } from './seasons.service';
import { SeriesService } from './series.service';

@ApiTags('series')
@Controller('series')
export class SeriesController {
  constructor(
    private readonly series: SeriesService,
    private readonly seasons: SeasonsService,
    private readonly thumbnails: ThumbnailsService,
  ) {}

  @Public()
  @Get()
  list(@Query() query: ContentListQuery) {
    return this.series.list(query);
  }

  /** With its seasons and episodes, in order of number. */
  @Public()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.series.get(id);
  }

  @Roles(Role.Admin)
  @Post()
  create(@Body() dto: CreateSeriesDto) {
    return this.series.create(dto);
  }

  @Roles(Role.Admin)
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSeriesDto) {
    return this.series.update(id, dto);
  }

  @Roles(Role.Admin)
  @Delete(':id')
  @HttpCode(204)
  archive(@Param('id', ParseUUIDPipe) id: string) {
    return this.series.archive(id);
  }

  @Roles(Role.Admin)
  @Put(':id/thumbnail')
  @ApiFileUpload('a JPEG or PNG image of at most 5 MB, re-encoded as a 480×720 JPEG')
  thumbnail(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.thumbnails.replace(ContentType.Series, id, multipartFile(request));
  }

  @Roles(Role.Admin)
  @Post(':id/seasons')
  createSeason(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateSeasonDto) {
    return this.seasons.create(id, dto);
  }
}
