import type { KeyObject } from 'node:crypto';
import { randomBytes, sign } from 'node:crypto';

/**
 * Ticket code, the QR content, shared with the gate program (gate/src/offline/ticket-code.ts):
 *   <kid>.<payload>.<sig>
 * payload = base64url(10 random bytes (80 bits, unguessable) + the match id's 16 bytes);
 * sig = base64url(Ed25519 signature over "<kid>.<payload>") with the club's key, so a gate can
 * check a ticket offline with only the club's public key.
 */
const RANDOM_BYTES = 10;

export function signTicketCode(kid: string, matchId: string, privateKey: KeyObject): string {
  const payload = Buffer.concat([randomBytes(RANDOM_BYTES), Buffer.from(matchId.replaceAll('-', ''), 'hex')]);
  const signedPart = `${kid}.${payload.toString('base64url')}`;
  return `${signedPart}.${sign(null, Buffer.from(signedPart, 'ascii'), privateKey).toString('base64url')}`;
}
