import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { multipartFile, Public } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { FastifyRequest } from 'fastify';
import { ContentType } from '../content-type';
import { ContentListQuery } from '../dto/content-list.query';
import { CreateFilmDto, UpdateFilmDto } from '../dto/film.dto';
import { ApiFileUpload } from '../media/upload-routes';
import { ThumbnailsService } from '../thumbnails/thumbnails.service';
import { FilmsService } from './films.service';

@ApiTags('films')
@Controller('films')
export class FilmsController {
  constructor(
    private readonly films: FilmsService,
    private readonly thumbnails: ThumbnailsService,
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
}
