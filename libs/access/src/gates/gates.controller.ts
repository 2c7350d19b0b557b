import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@guichet/common';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { CreateGateDto } from './dto/create-gate.dto';
import { GatesService } from './gates.service';

@ApiTags('access')
@Controller()
export class GatesController {
  constructor(private readonly gates: GatesService) {}

  @Roles(Role.Organizer, Role.Admin)
  @Post('clubs/:clubId/gates')
  create(@CurrentUser() caller: AuthUser, @Param('clubId', ParseUUIDPipe) clubId: string, @Body() dto: CreateGateDto) {
    return this.gates.create(caller, clubId, dto);
  }

  @Roles(Role.Organizer, Role.Admin)
  @Get('clubs/:clubId/gates')
  list(@CurrentUser() caller: AuthUser, @Param('clubId', ParseUUIDPipe) clubId: string) {
    return this.gates.list(caller, clubId);
  }

  @Roles(Role.Organizer, Role.Admin)
  @Get('gates/:id')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.gates.get(caller, id);
  }

  @Roles(Role.Organizer, Role.Admin)
  @HttpCode(200)
  @Post('gates/:id/key')
  rotateKey(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.gates.rotateKey(caller, id);
  }

  @Roles(Role.Organizer, Role.Admin)
  @HttpCode(204)
  @Delete('gates/:id')
  revoke(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.gates.revoke(caller, id);
  }

  @Roles(Role.Organizer, Role.Admin)
  @Get('gates/:id/events')
  events(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: PageQuery) {
    return this.gates.events(caller, id, query);
  }
}
