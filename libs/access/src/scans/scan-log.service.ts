import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page, pageOf } from '@guichet/common';
import { assertManagesClub, AuthUser } from '@guichet/users';
import { DataSource } from 'typeorm';
import { ScanLogQuery } from './dto/scan-log.query';
import { Scan } from './scan.entity';

export interface ScanLogEntry {
  id: string;
  result: Scan['result'];
  mode: Scan['mode'];
  scannedAt: string;
  receivedAt: string;
  gateId: string | null;
  staffUserId: string | null;
  ticketId: string | null;
  matchId: string | null;
  codeRef: string;
  deviceResult: Scan['deviceResult'];
  conflict: Scan['conflict'];
  conflictScanId: string | null;
}

/** The entrance's log for the console: every scan of a club, newest first; conflicts can be singled out. */
@Injectable()
export class ScanLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(caller: AuthUser, clubId: string, query: ScanLogQuery): Promise<Page<ScanLogEntry>> {
    assertManagesClub(caller, clubId);
    const builder = this.db.manager
      .createQueryBuilder(Scan, 'scan')
      .where('scan.clubId = :clubId', { clubId })
      .orderBy('scan.scannedAt', 'DESC')
      .addOrderBy('scan.id', 'DESC')
      .skip(query.offset)
      .take(query.pageSize);
    if (query.matchId) builder.andWhere('scan.matchId = :matchId', { matchId: query.matchId });
    if (query.gateId) builder.andWhere('scan.gateId = :gateId', { gateId: query.gateId });
    if (query.conflicts !== undefined) builder.andWhere(query.conflicts ? 'scan.conflict IS NOT NULL' : 'scan.conflict IS NULL');
    const [scans, total] = await builder.getManyAndCount();
    return pageOf(
      scans.map((scan) => ({
        id: scan.id,
        result: scan.result,
        mode: scan.mode,
        scannedAt: scan.scannedAt.toISOString(),
        receivedAt: scan.receivedAt.toISOString(),
        gateId: scan.gateId,
        staffUserId: scan.staffUserId,
        ticketId: scan.ticketId,
        matchId: scan.matchId,
        codeRef: scan.codeRef,
        deviceResult: scan.deviceResult,
        conflict: scan.conflict,
        conflictScanId: scan.conflictScanId,
      })),
      total,
      query,
    );
  }
}
