import { Controller, MessageEvent, Param, ParseUUIDPipe, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { Observable } from 'rxjs';
import { LiveService } from './live.service';

@ApiTags('access')
@Controller('clubs/:clubId/live')
export class LiveController {
  constructor(private readonly live: LiveService) {}

  @Roles(Role.Organizer, Role.Admin)
  @ApiOkResponse({
    description:
      'Server-sent events for one club: `ready` once connected, `attendance {matchId}` when a ticket is admitted, sold or voided, ' +
      '`gate {gateId}` when a gate connects, disconnects or reports its door, `ping` every 20 s.',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @Sse()
  stream(@CurrentUser() caller: AuthUser, @Param('clubId', ParseUUIDPipe) clubId: string): Promise<Observable<MessageEvent>> {
    return this.live.stream(caller, clubId);
  }
}
