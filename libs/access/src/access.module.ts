import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@guichet/catalogue';
import { TicketingModule } from '@guichet/ticketing';
import { UsersModule } from '@guichet/users';
import { AttendanceController } from './attendance/attendance.controller';
import { AttendanceService } from './attendance/attendance.service';
import { GatePresenceService } from './gateway/gate-presence.service';
import { GatesGateway } from './gateway/gates.gateway';
import { GateAuthService } from './gates/gate-auth.service';
import { GateEvent } from './gates/gate-event.entity';
import { GateKeyGuard, GateOrStaffGuard, StaffTokenGuard } from './gates/gate-guards';
import { Gate } from './gates/gate.entity';
import { GatesController } from './gates/gates.controller';
import { GatesService } from './gates/gates.service';
import { HotSql } from './hot-sql';
import { LiveBus } from './live/live-bus.service';
import { LiveController } from './live/live.controller';
import { LiveService } from './live/live.service';
import { OfflineBundleService } from './offline/offline-bundle.service';
import { OfflineScansService } from './offline/offline-scans.service';
import { OfflineController } from './offline/offline.controller';
import { ScannerPage } from './scanner/scanner-page';
import { Scan } from './scans/scan.entity';
import { ScanLogService } from './scans/scan-log.service';
import { ScansController } from './scans/scans.controller';
import { ScansService } from './scans/scans.service';

/** The entrance: gate devices, scans (online and offline), the gates' websocket, attendance and the staff scanner page. */
@Module({
  imports: [TypeOrmModule.forFeature([Gate, Scan, GateEvent]), UsersModule, CatalogueModule, TicketingModule],
  controllers: [GatesController, ScansController, OfflineController, AttendanceController, LiveController],
  providers: [
    HotSql,
    GateAuthService,
    GateKeyGuard,
    GateOrStaffGuard,
    StaffTokenGuard,
    GatesService,
    GatePresenceService,
    GatesGateway,
    ScansService,
    ScanLogService,
    OfflineBundleService,
    OfflineScansService,
    AttendanceService,
    LiveBus,
    LiveService,
    ScannerPage,
  ],
  exports: [ScansService, AttendanceService],
})
export class AccessModule {}
