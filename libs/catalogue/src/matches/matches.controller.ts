import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@guichet/common';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { CreateMatchDto } from './dto/create-match.dto';
import { MatchListQuery } from './dto/match-list.query';
import { UpdateMatchDto } from './dto/update-match.dto';
import { MatchesService } from './matches.service';

@ApiTags('matches')
@Controller('matches')
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Public()
  @Get()
  list(@Query() query: MatchListQuery) {
    return this.matches.list(query);
  }

  @Public()
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.matches.get(id);
  }

  @Roles(Role.Organizer)
  @Post()
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateMatchDto) {
    return this.matches.create(caller, dto);
  }

  @Roles(Role.Organizer, Role.Admin)
  @Patch(':id')
  update(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateMatchDto) {
    return this.matches.update(caller, id, dto);
  }

  @Roles(Role.Organizer, Role.Admin)
  @Delete(':id')
  remove(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.matches.remove(caller, id);
  }
}
