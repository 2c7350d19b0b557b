import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { AttendanceService } from './attendance.service';

@ApiTags('access')
@Controller('matches')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Roles(Role.Organizer, Role.Admin)
  @Get(':id/attendance')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.attendance.attendance(caller, id);
  }
}
