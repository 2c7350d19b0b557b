import { Injectable } from '@nestjs/common';
import { HotSql } from '../hot-sql';
import { hashGateKey, looksLikeGateKey } from './gate-key';

/** The gate a device key belongs to, as needed by the scan and the websocket. */
export interface GateIdentity {
  id: string;
  clubId: string;
  holdMs: number;
}

const BY_KEY = {
  name: 'access-gate-by-key',
  text: `SELECT id, club_id AS "clubId", hold_ms AS "holdMs" FROM gate WHERE key_hash = $1 AND revoked_at IS NULL`,
};

const BY_ID_AND_KEY = {
  name: 'access-gate-by-id-key',
  text: `SELECT id, club_id AS "clubId", hold_ms AS "holdMs" FROM gate WHERE id = $1 AND key_hash = $2 AND revoked_at IS NULL`,
};

const BY_ID = {
  name: 'access-gate-by-id',
  text: `SELECT id, club_id AS "clubId", hold_ms AS "holdMs" FROM gate WHERE id = $1 AND revoked_at IS NULL`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Device keys are looked up by their sha256 (an index hit, no per-gate comparison loop). No cache:
 * a revoked or rotated key stops working at once, on every API instance.
 */
@Injectable()
export class GateAuthService {
  constructor(private readonly sql: HotSql) {}

  async byKey(key: unknown): Promise<GateIdentity | undefined> {
    if (!looksLikeGateKey(key)) return undefined;
    const [gate] = await this.sql.rows<GateIdentity>(BY_KEY, [hashGateKey(key)]);
    return gate;
  }

  /** The socket handshake names the gate and gives its key: both must match an active gate. */
  async byIdAndKey(gateId: unknown, key: unknown): Promise<GateIdentity | undefined> {
    if (typeof gateId !== 'string' || !UUID.test(gateId) || !looksLikeGateKey(key)) return undefined;
    const [gate] = await this.sql.rows<GateIdentity>(BY_ID_AND_KEY, [gateId.toLowerCase(), hashGateKey(key)]);
    return gate;
  }

  async activeGate(gateId: string): Promise<GateIdentity | undefined> {
    const [gate] = await this.sql.rows<GateIdentity>(BY_ID, [gateId]);
    return gate;
  }
}
