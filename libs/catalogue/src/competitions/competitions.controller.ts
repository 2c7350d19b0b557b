import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@guichet/common';
import { Role, Roles } from '@guichet/users';
import { CompetitionsService } from './competitions.service';
import { CompetitionView, CreateCompetitionDto, UpdateCompetitionDto } from './competition.dto';

@ApiTags('matches')
@Controller('competitions')
export class CompetitionsController {
  constructor(private readonly competitions: CompetitionsService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: [CompetitionView], description: 'by name' })
  list() {
    return this.competitions.list();
  }

  @Roles(Role.Admin)
  @Post()
  @ApiCreatedResponse({ type: CompetitionView })
  create(@Body() dto: CreateCompetitionDto) {
    return this.competitions.create(dto);
  }

  @Roles(Role.Admin)
  @Patch(':id')
  @ApiOkResponse({ type: CompetitionView })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCompetitionDto) {
    return this.competitions.update(id, dto);
  }

  @Roles(Role.Admin)
  @HttpCode(204)
  @Delete(':id')
  remove(@Param('id', ParseUUIDPipe) id: string) {
    return this.competitions.remove(id);
  }
}
