import { createHash, createPrivateKey, createPublicKey, hkdfSync, KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@guichet/common';

/** The DER header of a PKCS#8 Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const CURRENT_KEY_ID = 'v1';

export interface ClubKey {
  kid: string;
  privateKey: KeyObject;
  publicKeyPem: string;
}

/**
 * Per-club Ed25519 keys derived (HKDF) from one secret, so no private key is ever stored:
 * rotating means signing new tickets under a new key id, old ones still verify under theirs.
 */
@Injectable()
export class TicketKeysService {
  private readonly secret: Buffer;
  private readonly cache = new Map<string, ClubKey>();

  constructor(config: AppConfig) {
    this.secret = config.TICKET_SIGNING_SECRET
      ? Buffer.from(config.TICKET_SIGNING_SECRET)
      : createHash('sha256').update(`guichet-ticket-signing:${config.JWT_SECRET}`).digest();
  }

  key(clubId: string, kid = CURRENT_KEY_ID): ClubKey {
    const cacheKey = `${clubId}/${kid}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const seed = Buffer.from(hkdfSync('sha256', this.secret, clubId, `guichet-ticket-key:${kid}`, 32));
    const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
    const key = { kid, privateKey, publicKeyPem };
    this.cache.set(cacheKey, key);
    return key;
  }
}
