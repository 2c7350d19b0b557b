import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@guichet/common';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { CreateInvitationDto } from '../invitations/invitation.dto';
import { InvitationsService } from '../invitations/invitations.service';
import { Role } from '../users/role';
import { ClubListQuery } from './club-list.query';
import { ClubPage, ClubView } from './club.view';
import { ClubsService } from './clubs.service';

@ApiTags('clubs')
@Controller('clubs')
export class ClubsController {
  constructor(
    private readonly clubs: ClubsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: ClubPage })
  list(@Query() query: ClubListQuery) {
    return this.clubs.list(query);
  }

  @Public()
  @Get(':clubId')
  @ApiOkResponse({ type: ClubView })
  get(@Param('clubId', ParseUUIDPipe) clubId: string) {
    return this.clubs.get(clubId);
  }

  @Roles(Role.Organizer, Role.Admin)
  @Post(':clubId/invitations')
  invite(@CurrentUser() caller: AuthUser, @Param('clubId', ParseUUIDPipe) clubId: string, @Body() dto: CreateInvitationDto) {
    return this.invitations.invite(caller, clubId, dto.email);
  }
}
