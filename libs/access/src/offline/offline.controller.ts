import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentGate, GateAuth } from '../gates/gate-guards';
import { GateIdentity } from '../gates/gate-auth.service';
import { OfflineScansDto } from './dto/offline-scans.dto';
import { OfflineBundleService } from './offline-bundle.service';
import { OfflineScansService } from './offline-scans.service';

/** The gate device's offline mode: what it needs to decide alone, and the upload of what it decided. */
@ApiTags('access')
@Controller('gates/:id')
export class OfflineController {
  constructor(
    private readonly bundles: OfflineBundleService,
    private readonly scans: OfflineScansService,
  ) {}

  @GateAuth()
  @Get('offline-bundle')
  bundle(@Param('id', ParseUUIDPipe) _id: string, @CurrentGate() gate: GateIdentity) {
    return this.bundles.bundle(gate);
  }

  @GateAuth()
  @HttpCode(200)
  @Post('scans')
  upload(@Param('id', ParseUUIDPipe) _id: string, @CurrentGate() gate: GateIdentity, @Body() dto: OfflineScansDto) {
    return this.scans.upload(gate, dto.scans);
  }
}
