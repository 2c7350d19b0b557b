import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthUser, Role } from '@guichet/users';
import { gateNotFound, otherGate, scannerRoleRequired } from '../access.errors';
import { GatesGateway } from '../gateway/gates.gateway';
import { GateAuthService, GateIdentity } from '../gates/gate-auth.service';
import { HotSql } from '../hot-sql';
import { LiveService } from '../live/live.service';
import { ScanDto } from './dto/scan.dto';
import { USED_AT } from './scan.sql';
import { groupStatement, ScanGroups, ScanInput, ScanRow } from './scan-groups';
import { codeRef, ScanStatus } from './scan-status';

export interface ScannedTicket {
  id: string;
  matchId: string;
  standId: string;
  usedAt: string | null;
}

export interface ScanAnswer {
  status: ScanStatus;
  /** The scan log entry; the same id is sent to the gate in `open`. */
  scanId: string;
  /** For ok, already_used and wrong_match: a ticket of the scanner's own club. */
  ticket?: ScannedTicket;
  /** For already_used: when the ticket was first used. */
  usedAt?: string;
}

/** Who scans: a gate device, or a staff member (organizer of a club, or a platform admin) from the phone page. */
export type ScanCaller = { gate: GateIdentity; staff?: undefined } | { gate?: undefined; staff: AuthUser };

/** Verdicts that concern a ticket of the scanner's club, whose details may be shown. */
const SHOWS_TICKET: ReadonlySet<ScanStatus> = new Set(['ok', 'already_used', 'wrong_match']);

/** Postgres' "deadlock detected" (a group crossing an offline upload's transaction on two tickets): nothing was applied. */
const DEADLOCK = '40P01';
const GROUP_ATTEMPTS = 3;

@Injectable()
export class ScansService {
  private readonly groups = new ScanGroups((inputs) => this.runGroup(inputs));

  constructor(
    private readonly sql: HotSql,
    private readonly gates: GateAuthService,
    private readonly signals: GatesGateway,
    private readonly live: LiveService,
  ) {}

  /** Kept lean on purpose (the entrance's hot path): one grouped statement, a second one only for a race loser. */
  async scan(caller: ScanCaller, dto: ScanDto): Promise<ScanAnswer> {
    const { gate, clubId, staffUserId } = await this.scanner(caller, dto.gateId);
    const row = await this.groups.scan({
      scanId: randomUUID(),
      code: dto.code,
      scannerClub: clubId,
      forMatch: dto.matchId ?? null,
      gateId: gate?.id ?? null,
      staffUserId,
      codeRef: codeRef(dto.code),
    });
    if (row.result === 'already_used' && row.usedAt === null && row.ticketId) {
      const [fresh] = await this.sql.rows<{ usedAt: Date | null }>(USED_AT, [row.ticketId]);
      row.usedAt = fresh?.usedAt ?? null;
    }
    if (row.result === 'ok' && gate) this.signals.open(gate.id, row.scanId, gate.holdMs);
    if (row.result === 'ok' && row.matchId) this.live.admitted(row.matchId, clubId);
    return answer(row);
  }

  private async runGroup(inputs: ScanInput[]): Promise<ScanRow[]> {
    const { statement, values } = groupStatement(inputs);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.sql.rows<ScanRow>(statement, values);
      } catch (error) {
        if (attempt === GROUP_ATTEMPTS || (error as { code?: string }).code !== DEADLOCK) throw error;
      }
    }
  }

  private async scanner(caller: ScanCaller, gateId: string | undefined) {
    if (caller.gate) {
      if (gateId !== undefined && gateId.toLowerCase() !== caller.gate.id) throw otherGate();
      return { gate: caller.gate, clubId: caller.gate.clubId as string | null, staffUserId: null };
    }
    const user = caller.staff;
    let clubId: string | null;
    if (user.role === Role.Organizer && user.clubId) clubId = user.clubId;
    else if (user.role === Role.Admin) clubId = null;
    else throw scannerRoleRequired();
    if (gateId === undefined) return { gate: undefined, clubId, staffUserId: user.id };
    const gate = await this.gates.activeGate(gateId.toLowerCase());
    // Another club's gate is "not found" for an organizer: its existence is none of their business.
    if (!gate || (clubId !== null && gate.clubId !== clubId)) throw gateNotFound();
    return { gate, clubId: gate.clubId, staffUserId: user.id };
  }
}

function answer(row: ScanRow): ScanAnswer {
  const usedAt = row.usedAt?.toISOString() ?? null;
  const result: ScanAnswer = { status: row.result, scanId: row.scanId };
  if (SHOWS_TICKET.has(row.result) && row.ticketId) {
    result.ticket = { id: row.ticketId, matchId: row.matchId as string, standId: row.standId as string, usedAt };
  }
  if (row.result === 'already_used' && usedAt) result.usedAt = usedAt;
  return result;
}
