import type { NamedStatement } from '../hot-sql';
import { ONLINE_SCAN, ONLINE_SCANS } from './scan.sql';
import type { ScanStatus } from './scan-status';

/** One online scan, as the grouped statement (ONLINE_SCANS) takes it. */
export interface ScanInput {
  scanId: string;
  code: string;
  /** NULL: a platform admin, any club. */
  scannerClub: string | null;
  /** NULL: any match of the club. */
  forMatch: string | null;
  gateId: string | null;
  staffUserId: string | null;
  codeRef: string;
}

/** What ONLINE_SCANS answers for each scan. */
export interface ScanRow {
  scanId: string;
  result: ScanStatus;
  ticketId: string | null;
  matchId: string | null;
  standId: string | null;
  usedAt: Date | null;
}

/** One statement at a time, the scans arriving meanwhile forming the next group: measured faster than 2 or 4 (docs/benchmarks.md). */
const LANES = 1;
/**
 * A statement running this long is waiting (on a ticket another instance or an offline upload holds):
 * one more lane opens so that the other scans do not wait behind it. A group normally takes 1 to 5 ms.
 */
export const STALL_MS = 20;
const MAX_LANES = 4;
/** A bound on one statement's size, far above what a club's gates send at once. */
const MAX_GROUP = 64;

interface Waiting {
  input: ScanInput;
  resolve(row: ScanRow): void;
  reject(error: unknown): void;
}

const COLUMNS = ['scanId', 'code', 'scannerClub', 'forMatch', 'gateId', 'staffUserId', 'codeRef'] as const;

/**
 * The statement for a group and its parameters: a lone scan's own values, or one array per column, in the
 * codes' order: the statement locks the tickets in that order, so two groups crossing on the same tickets
 * (two instances) wait for each other instead of deadlocking.
 */
export function groupStatement(inputs: ScanInput[]): { statement: NamedStatement; values: unknown[] } {
  if (inputs.length === 1) return { statement: ONLINE_SCAN, values: COLUMNS.map((column) => inputs[0][column]) };
  const ordered = [...inputs].sort((one, other) => (one.code < other.code ? -1 : 1));
  return { statement: ONLINE_SCANS, values: COLUMNS.map((column) => ordered.map((input) => input[column])) };
}

/**
 * Online scans go to Postgres in groups. A scan that finds a lane free goes at once, alone; the scans that
 * arrive while every lane is busy wait, and the next free lane takes them all in one statement: one round
 * trip and one commit instead of one each (under load most of a scan's database time, and a third of the
 * API's, was per statement). Two scans of one code never share a statement nor run at the same time here:
 * the second waits for the first's verdict.
 */
export class ScanGroups {
  private waiting: Waiting[] = [];
  /** Codes of the scans in a running statement. */
  private readonly running = new Set<string>();
  /** When each running statement started. */
  private readonly lanes = new Set<{ since: number }>();
  private stallCheck: NodeJS.Timeout | undefined;

  constructor(private readonly run: (inputs: ScanInput[]) => Promise<ScanRow[]>) {}

  scan(input: ScanInput): Promise<ScanRow> {
    return new Promise<ScanRow>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && this.lanes.size < this.openLanes()) {
      const group = this.nextGroup();
      if (group.length === 0) break;
      const lane = { since: performance.now() };
      this.lanes.add(lane);
      void this.send(group).then(() => {
        this.lanes.delete(lane);
        this.dispatch();
      });
    }
    if (this.waiting.length > 0 && this.lanes.size > 0 && !this.stallCheck) {
      const oldest = Math.min(...[...this.lanes].map((lane) => lane.since));
      // Timers are coarser than performance.now(): a millisecond more, so the lane has stalled by then.
      const delay = Math.max(1, Math.ceil(oldest + STALL_MS - performance.now()) + 1);
      this.stallCheck = setTimeout(() => {
        this.stallCheck = undefined;
        this.dispatch();
      }, delay).unref();
    }
  }

  private openLanes(): number {
    const now = performance.now();
    let stalled = 0;
    for (const lane of this.lanes) if (now - lane.since >= STALL_MS) stalled++;
    return Math.min(MAX_LANES, LANES + stalled);
  }

  /** The waiting scans, oldest first, whose code is neither running nor already in the group. */
  private nextGroup(): Waiting[] {
    const group: Waiting[] = [];
    const left: Waiting[] = [];
    for (const waiting of this.waiting) {
      const code = waiting.input.code;
      if (group.length < MAX_GROUP && !this.running.has(code)) {
        this.running.add(code);
        group.push(waiting);
      } else {
        left.push(waiting);
      }
    }
    this.waiting = left;
    return group;
  }

  private async send(group: Waiting[]): Promise<void> {
    try {
      const rows = new Map((await this.run(group.map((waiting) => waiting.input))).map((row) => [row.scanId, row]));
      for (const waiting of group) {
        const row = rows.get(waiting.input.scanId);
        if (row) waiting.resolve(row);
        else waiting.reject(new Error(`scan ${waiting.input.scanId} is missing from its group's answer`));
      }
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
    } finally {
      for (const waiting of group) this.running.delete(waiting.input.code);
    }
  }
}
