import { Injectable, Logger } from '@nestjs/common';
import { TicketReads } from '@guichet/ticketing';
import { GateIdentity } from '../gates/gate-auth.service';
import { HotSql, Tx } from '../hot-sql';
import { LiveService } from '../live/live.service';
import { ScanConflict } from '../scans/scan.entity';
import { APPLY_OFFLINE_ADMISSION } from '../scans/scan.sql';
import { codeRef, ScanStatus } from '../scans/scan-status';
import { OfflineScanDto } from './dto/offline-scans.dto';
import { MARK_CONFLICT, OFFLINE_OUTCOMES, RECORD_OFFLINE_SCAN, RECORDED_SCAN } from './offline.sql';

export interface OfflineScanResult {
  nonce: string;
  scanId: string;
  /** The server's verdict as recorded: ok when the admission was applied. */
  status: ScanStatus;
  deviceResult: ScanStatus;
  conflict: ScanConflict | null;
}

/** An offline admission the server could not honour: the same ticket let in twice, or a ticket it refuses. */
export interface OfflineConflict {
  nonce: string;
  scanId: string;
  kind: ScanConflict;
  status: ScanStatus;
  ticketId: string | null;
  /** When the ticket counts as used (the first admission). */
  usedAt: string | null;
  /** The earlier admission this one collides with (another gate offline, or an online scan). */
  firstAdmission: { scanId: string; gateId: string | null; staffUserId: string | null; mode: string; scannedAt: string } | null;
}

export interface OfflineUploadAnswer {
  received: number;
  results: OfflineScanResult[];
  conflicts: OfflineConflict[];
}

interface OutcomeRow {
  id: string;
  nonce: string;
  result: ScanStatus;
  deviceResult: ScanStatus;
  conflict: ScanConflict | null;
  ticketId: string | null;
  ticketUsedAt: Date | null;
  firstScanId: string | null;
  firstGateId: string | null;
  firstStaffUserId: string | null;
  firstMode: string | null;
  firstScannedAt: Date | null;
}

/**
 * Scans a gate decided while the server was out of reach. Each nonce is applied once (a re-upload gets the
 * same answer); an `ok` marks the ticket used at the time the gate let the holder in, if still valid;
 * anything the server cannot honour is kept as a conflict in the scan log and reported, never hidden.
 */
@Injectable()
export class OfflineScansService {
  private readonly logger = new Logger('OfflineScans');

  constructor(
    private readonly sql: HotSql,
    private readonly tickets: TicketReads,
    private readonly live: LiveService,
  ) {}

  async upload(gate: GateIdentity, scans: OfflineScanDto[]): Promise<OfflineUploadAnswer> {
    const ids: string[] = [];
    const admittedMatches = new Set<string>();
    // In the gate's order: two scans of one ticket in a batch are judged as they happened.
    for (const scan of scans) {
      // Read before the transaction: never hold one pool connection while waiting for another.
      const ticket = await this.tickets.byCode(scan.code);
      const { id, admitted } = await this.sql.transaction((tx) => this.record(tx, gate, scan, ticket));
      ids.push(id);
      if (admitted && ticket) admittedMatches.add(ticket.matchId);
    }
    // The attendance screens count these entries too, as they do online scans.
    for (const matchId of admittedMatches) this.live.admitted(matchId, gate.clubId);
    const rows = await this.sql.rows<Omit<OutcomeRow, 'ticketUsedAt'>>(OFFLINE_OUTCOMES, [ids]);
    const usedAt = await this.tickets.usedAt(rows.flatMap((row) => (row.ticketId ? [row.ticketId] : [])));
    const byId = new Map(rows.map((row) => [row.id, { ...row, ticketUsedAt: row.ticketId ? (usedAt.get(row.ticketId) ?? null) : null }]));
    const outcomes = ids.map((id) => byId.get(id) as OutcomeRow);
    return {
      received: scans.length,
      results: outcomes.map((row) => ({ nonce: row.nonce, scanId: row.id, status: row.result, deviceResult: row.deviceResult, conflict: row.conflict })),
      conflicts: outcomes.filter((row) => row.conflict !== null).map(conflictOf),
    };
  }

  /** The scan's log row, and whether this upload is what let the ticket in (not a re-upload, not a conflict). */
  private async record(
    tx: Tx,
    gate: GateIdentity,
    scan: OfflineScanDto,
    ticket: { id: string; matchId: string } | undefined,
  ): Promise<{ id: string; admitted: boolean }> {
    const ref = codeRef(scan.code);
    const [recorded] = await tx.rows<{ id: string }>(RECORD_OFFLINE_SCAN, [
      gate.id,
      gate.clubId,
      scan.nonce,
      scan.result,
      scan.scannedAt,
      ref,
      ticket?.id ?? null,
      ticket?.matchId ?? null,
    ]);
    if (!recorded) {
      const [previous] = await tx.rows<{ id: string }>(RECORDED_SCAN, [gate.id, scan.nonce]);
      return { id: previous.id, admitted: false };
    }
    if (scan.result !== 'ok') return { id: recorded.id, admitted: false };
    const [applied] = await tx.rows<{ verdict: ScanStatus | 'admit'; ticketId: string | null; admitted: boolean }>(APPLY_OFFLINE_ADMISSION, [
      scan.code,
      gate.clubId,
      null,
      scan.scannedAt,
    ]);
    if (applied.admitted) return { id: recorded.id, admitted: true };
    const twice = applied.verdict === 'admit';
    const kind: ScanConflict = twice ? 'admitted_twice' : 'admitted_refused';
    await tx.rows(MARK_CONFLICT, [recorded.id, twice ? 'already_used' : applied.verdict, kind, applied.ticketId]);
    this.logger.warn(`offline admission conflict: ${kind} gate=${gate.id} ref=${ref} scan=${recorded.id}`);
    return { id: recorded.id, admitted: false };
  }
}

function conflictOf(row: OutcomeRow): OfflineConflict {
  return {
    nonce: row.nonce,
    scanId: row.id,
    kind: row.conflict as ScanConflict,
    status: row.result,
    ticketId: row.ticketId,
    usedAt: row.ticketUsedAt?.toISOString() ?? null,
    firstAdmission: row.firstScanId
      ? {
          scanId: row.firstScanId,
          gateId: row.firstGateId,
          staffUserId: row.firstStaffUserId,
          mode: row.firstMode as string,
          scannedAt: (row.firstScannedAt as Date).toISOString(),
        }
      : null,
  };
}
