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
 * How long an instance trusts a gate key it has looked up. The instance that rotates or revokes a key
 * forgets it at once; another instance may still accept the old key for up to this long.
 */
const KEY_CACHE_MS = 2000;
const MAX_CACHED_KEYS = 5000;

/**
 * Device keys are looked up by their sha256 (an index hit, no per-gate comparison loop), and remembered
 * for 2 s: the scan is the entrance's hot path, and the lookup was half of its round trips.
 */
@Injectable()
export class GateAuthService {
  private readonly known = new Map<string, { gate: GateIdentity; until: number }>();

  constructor(private readonly sql: HotSql) {}

  async byKey(key: unknown): Promise<GateIdentity | undefined> {
    if (!looksLikeGateKey(key)) return undefined;
    const hash = hashGateKey(key);
    const id = hash.toString('hex');
    const cached = this.known.get(id);
    if (cached && cached.until > Date.now()) return cached.gate;
    const [gate] = await this.sql.rows<GateIdentity>(BY_KEY, [hash]);
    if (gate) {
      if (this.known.size >= MAX_CACHED_KEYS) this.known.clear();
      this.known.set(id, { gate, until: Date.now() + KEY_CACHE_MS });
    } else {
      this.known.delete(id);
    }
    return gate;
  }

  /** A gate's key was rotated or the gate revoked: its old key stops working on this instance at once. */
  forget(gateId: string): void {
    for (const [id, entry] of this.known) if (entry.gate.id === gateId) this.known.delete(id);
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
