import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@guichet/common';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { CreateStandDto, UpdateStandDto } from './stand.dto';
import { StandsService } from './stands.service';

@ApiTags('matches')
@Controller()
export class StandsController {
  constructor(private readonly stands: StandsService) {}

  @Public()
  @Get('clubs/:clubId/stands')
  list(@Param('clubId', ParseUUIDPipe) clubId: string) {
    return this.stands.list(clubId);
  }

  @Roles(Role.Organizer, Role.Admin)
  @Post('clubs/:clubId/stands')
  create(@CurrentUser() caller: AuthUser, @Param('clubId', ParseUUIDPipe) clubId: string, @Body() dto: CreateStandDto) {
    return this.stands.create(caller, clubId, dto);
  }

  @Roles(Role.Organizer, Role.Admin)
  @Patch('stands/:id')
  update(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateStandDto) {
    return this.stands.update(caller, id, dto);
  }

  @Roles(Role.Organizer, Role.Admin)
  @HttpCode(204)
  @Delete('stands/:id')
  remove(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.stands.remove(caller, id);
  }
}
