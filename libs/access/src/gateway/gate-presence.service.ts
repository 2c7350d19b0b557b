import { Injectable } from '@nestjs/common';
import { HotSql } from '../hot-sql';

export type ReportedDoorState = 'closed' | 'open' | 'closing';

const CONNECTED = {
  name: 'access-gate-connected',
  text: `WITH g AS (
           UPDATE gate SET online = true, socket_id = $2, last_seen_at = now() WHERE id = $1 RETURNING id
         )
         INSERT INTO gate_event (gate_id, kind, detail) SELECT id, 'connected', $3::jsonb FROM g`,
};

// Only the socket that is the gate's current one takes it offline: after a quick reconnection (possibly to
// another API instance) the old socket's late disconnect must not hide the new one.
const DISCONNECTED = {
  name: 'access-gate-disconnected',
  text: `WITH g AS (
           UPDATE gate SET online = false, socket_id = NULL, last_seen_at = now()
           WHERE id = $1 AND socket_id = $2 RETURNING id
         )
         INSERT INTO gate_event (gate_id, kind, detail)
         SELECT $1, 'disconnected', $3::jsonb || jsonb_build_object('current', EXISTS (SELECT 1 FROM g))`,
};

const STATUS = {
  name: 'access-gate-status',
  text: `WITH g AS (
           UPDATE gate SET door_state = $2, sensor_cm = $3, last_seen_at = now() WHERE id = $1 RETURNING id
         )
         INSERT INTO gate_event (gate_id, kind, door_state, sensor_cm) SELECT id, 'status', $2, $3 FROM g`,
};

const DOOR_EVENT = {
  name: 'access-gate-door-event',
  text: `WITH g AS (UPDATE gate SET last_seen_at = now() WHERE id = $1 RETURNING id)
         INSERT INTO gate_event (gate_id, kind, scan_ref) SELECT id, $2, $3 FROM g`,
};

const HEARTBEAT = {
  name: 'access-gate-heartbeat',
  text: `UPDATE gate SET last_seen_at = now(), door_state = coalesce($2, door_state) WHERE id = $1`,
};

/** What a gate's socket tells us, written to the gate row (live state) and its event log. */
@Injectable()
export class GatePresenceService {
  constructor(private readonly sql: HotSql) {}

  async connected(gateId: string, socketId: string, address: string): Promise<void> {
    await this.sql.rows(CONNECTED, [gateId, socketId, JSON.stringify({ socketId, address })]);
  }

  async disconnected(gateId: string, socketId: string, reason: string): Promise<void> {
    await this.sql.rows(DISCONNECTED, [gateId, socketId, JSON.stringify({ socketId, reason })]);
  }

  async status(gateId: string, doorState: ReportedDoorState, sensorCm: number | null): Promise<void> {
    await this.sql.rows(STATUS, [gateId, doorState, sensorCm]);
  }

  async doorEvent(gateId: string, kind: 'passed' | 'closed', scanRef: string): Promise<void> {
    await this.sql.rows(DOOR_EVENT, [gateId, kind, scanRef]);
  }

  /** Heartbeats only refresh lastSeenAt (and the door state): logging each one would drown the log. */
  async heartbeat(gateId: string, doorState: ReportedDoorState | null): Promise<void> {
    await this.sql.rows(HEARTBEAT, [gateId, doorState]);
  }
}
