import { Injectable } from '@nestjs/common';
import { MatchesService } from '@guichet/catalogue';
import { TicketKeysService, TicketReads } from '@guichet/ticketing';
import { GateIdentity } from '../gates/gate-auth.service';

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
    private readonly keys: TicketKeysService,
    private readonly matches: MatchesService,
    private readonly tickets: TicketReads,
  ) {}

  async bundle(gate: GateIdentity): Promise<OfflineBundle> {
    const key = this.keys.key(gate.clubId);
    const matchIds = await this.matches.scheduledIdsOfClub(gate.clubId);
    const lists = await this.tickets.refusedCodes(matchIds);
    return {
      generatedAt: new Date().toISOString(),
      publicKeys: [{ kid: key.kid, publicKey: key.publicKeyPem }],
      revoked: lists.revoked,
      used: lists.used,
      matchIds,
    };
  }
}
