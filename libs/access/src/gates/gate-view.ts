import type { DoorState, Gate } from './gate.entity';

/** A gate without a sign of life for this long counts as offline, even if no disconnect was seen (crashed API instance). */
export const ONLINE_STALE_MS = 2 * 60_000;

export interface GateView {
  id: string;
  clubId: string;
  name: string;
  holdMs: number;
  online: boolean;
  lastSeenAt: string | null;
  doorState: DoorState;
  sensorCm: number | null;
  createdAt: string;
  keyRotatedAt: string | null;
}

export function gateView(gate: Gate, now = Date.now()): GateView {
  const fresh = gate.lastSeenAt !== null && now - gate.lastSeenAt.getTime() < ONLINE_STALE_MS;
  return {
    id: gate.id,
    clubId: gate.clubId,
    name: gate.name,
    holdMs: gate.holdMs,
    online: gate.online && fresh,
    lastSeenAt: gate.lastSeenAt?.toISOString() ?? null,
    doorState: gate.doorState,
    sensorCm: gate.sensorCm,
    createdAt: gate.createdAt.toISOString(),
    keyRotatedAt: gate.keyRotatedAt?.toISOString() ?? null,
  };
}

export interface GateEventView {
  id: string;
  kind: string;
  scanRef: string | null;
  doorState: string | null;
  sensorCm: number | null;
  detail: Record<string, unknown> | null;
  at: string;
}
