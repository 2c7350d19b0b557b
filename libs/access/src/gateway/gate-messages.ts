import type { ReportedDoorState } from './gate-presence.service';

/** What the gate program sends (gate/src/server/gate-socket.ts), checked before it reaches the database. */
const DOOR_STATES: readonly ReportedDoorState[] = ['closed', 'open', 'closing'];
const MAX_SCAN_REF = 100;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const doorState = (value: unknown): ReportedDoorState | undefined => DOOR_STATES.find((state) => state === value);

export function parseStatus(payload: unknown): { doorState: ReportedDoorState; sensorCm: number | null } | undefined {
  if (!isRecord(payload)) return undefined;
  const state = doorState(payload.doorState);
  const cm = payload.sensorCm;
  if (!state) return undefined;
  if (cm === null || cm === undefined) return { doorState: state, sensorCm: null };
  if (typeof cm !== 'number' || !Number.isFinite(cm) || cm < 0 || cm > 10_000) return undefined;
  return { doorState: state, sensorCm: cm };
}

export function parseScanRef(payload: unknown): string | undefined {
  if (!isRecord(payload)) return undefined;
  const { scanId } = payload;
  return typeof scanId === 'string' && scanId.length > 0 && scanId.length <= MAX_SCAN_REF ? scanId : undefined;
}

export function parseHeartbeat(payload: unknown): { doorState: ReportedDoorState | null } {
  return { doorState: isRecord(payload) ? (doorState(payload.doorState) ?? null) : null };
}
