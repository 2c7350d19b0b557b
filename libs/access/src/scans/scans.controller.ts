import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { CurrentGate, CurrentStaff, GateOrStaffAuth } from '../gates/gate-guards';
import { GateIdentity } from '../gates/gate-auth.service';
import { ScanLogQuery } from './dto/scan-log.query';
import { ScanDto } from './dto/scan.dto';
import { parseScanBody } from './scan-body';
import { ScanLogService } from './scan-log.service';
import { ScansService } from './scans.service';

@ApiTags('access')
@Controller()
export class ScansController {
  constructor(
    private readonly scans: ScansService,
    private readonly log: ScanLogService,
  ) {}

  /** Every verdict is a 200 (`status` says ok or why not); 401/403/404 only for who is asking. */
  @GateOrStaffAuth()
  @HttpCode(200)
  @ApiOkResponse({ description: '{status, scanId, ticket?, usedAt?}' })
  @ApiBody({ type: ScanDto })
  @Post('access/scan')
  scan(@CurrentGate() gate: GateIdentity | undefined, @CurrentStaff() staff: AuthUser | undefined, @Body() body: unknown) {
    // `unknown` keeps the global ValidationPipe out of the hot path; parseScanBody applies ScanDto's rules.
    return this.scans.scan(gate ? { gate } : { staff: staff as AuthUser }, parseScanBody(body));
  }

  @Roles(Role.Organizer, Role.Admin)
  @Get('clubs/:clubId/scans')
  list(@CurrentUser() caller: AuthUser, @Param('clubId', ParseUUIDPipe) clubId: string, @Query() query: ScanLogQuery) {
    return this.log.list(caller, clubId, query);
  }
}
