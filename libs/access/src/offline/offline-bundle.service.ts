import { Injectable } from '@nestjs/common';
import { TicketKeysService } from '@guichet/ticketing';
import { GateIdentity } from '../gates/gate-auth.service';
import { HotSql } from '../hot-sql';
import { OFFLINE_BUNDLE } from './offline.sql';

/** What GET /gates/{id}/offline-bundle returns; the gate program parses exactly this (gate/src/offline/offline-bundle.ts). */
export interface OfflineBundle {
  generatedAt: string;
  /** Ed25519 public keys (SPKI PEM) the club's ticket codes are signed with, by key id. */
  publicKeys: { kid: string; publicKey: string }[];
  /** Codes of void tickets of those matches: refused offline. */
  revoked: string[];
  /** Codes already used: refused offline as already_used. */
  used: string[];
  /** The club's scheduled matches in progress or to come: tickets of any other match are refused offline. */
  matchIds: string[];
}

@Injectable()
export class OfflineBundleService {
  constructor(
    private readonly sql: HotSql,
    private readonly keys: TicketKeysService,
  ) {}

  async bundle(gate: GateIdentity): Promise<OfflineBundle> {
    const key = this.keys.key(gate.clubId);
    const [lists] = await this.sql.rows<{ matchIds: string[]; revoked: string[]; used: string[] }>(OFFLINE_BUNDLE, [gate.clubId]);
    return {
      generatedAt: new Date().toISOString(),
      publicKeys: [{ kid: key.kid, publicKey: key.publicKeyPem }],
      revoked: lists.revoked,
      used: lists.used,
      matchIds: lists.matchIds,
    };
  }
}
