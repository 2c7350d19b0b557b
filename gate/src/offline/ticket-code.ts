import { type KeyObject, randomBytes, sign, verify } from 'node:crypto';

/**
 * Ticket code format, shared with the server that issues the codes (the QR content):
 *
 *   <kid>.<payload>.<sig>
 *
 *   kid      key id, 1-32 chars of [A-Za-z0-9_-]; names the public key in the offline bundle
 *   payload  base64url, no padding, of 26 bytes (35 chars):
 *              bytes  0..9   random (80 bits, makes the code unguessable)
 *              bytes 10..25  the match id, a UUID as its 16 raw bytes
 *   sig      base64url, no padding, of the 64-byte Ed25519 signature (86 chars)
 *            over the ASCII bytes of "<kid>.<payload>"
 *
 * Both base64url parts must be canonical (re-encoding the decoded bytes yields the same
 * text). Otherwise the unused low bits of the last character would give one ticket
 * several valid spellings, and the revoked/used lists compare whole code strings.
 */
export interface TicketCode {
  kid: string;
  matchId: string;
  random: Buffer;
  /** "<kid>.<payload>": the exact bytes the signature covers. */
  signedPart: string;
  signature: Buffer;
}

const RANDOM_BYTES = 10;
const MATCH_ID_BYTES = 16;
const PAYLOAD_BYTES = RANDOM_BYTES + MATCH_ID_BYTES;
const SIGNATURE_BYTES = 64;
const KID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns null for anything that is not a well-formed code; says nothing about the signature. */
export function parseTicketCode(code: string): TicketCode | null {
  const parts = code.split('.');
  if (parts.length !== 3) return null;
  const [kid, payloadText, sigText] = parts as [string, string, string];
  if (!KID.test(kid)) return null;
  const payload = decodeCanonical(payloadText, PAYLOAD_BYTES);
  const signature = decodeCanonical(sigText, SIGNATURE_BYTES);
  if (!payload || !signature) return null;
  return {
    kid,
    random: payload.subarray(0, RANDOM_BYTES),
    matchId: uuidFromBytes(payload.subarray(RANDOM_BYTES)),
    signedPart: `${kid}.${payloadText}`,
    signature,
  };
}

export function verifyTicketCode(ticket: TicketCode, publicKey: KeyObject): boolean {
  return verify(null, Buffer.from(ticket.signedPart, 'ascii'), publicKey, ticket.signature);
}

/** Reference implementation of issuing a code (the server does the same); the gate only verifies. */
export function signTicketCode(
  input: { kid: string; matchId: string; random?: Buffer },
  privateKey: KeyObject,
): string {
  if (!KID.test(input.kid)) throw new Error('kid must be 1-32 chars of [A-Za-z0-9_-]');
  if (!UUID.test(input.matchId)) throw new Error('matchId must be a UUID');
  const random = input.random ?? randomBytes(RANDOM_BYTES);
  if (random.length !== RANDOM_BYTES) throw new Error(`random part must be ${RANDOM_BYTES} bytes`);
  const payload = Buffer.concat([random, Buffer.from(input.matchId.replaceAll('-', ''), 'hex')]);
  const signedPart = `${input.kid}.${payload.toString('base64url')}`;
  const signature = sign(null, Buffer.from(signedPart, 'ascii'), privateKey);
  return `${signedPart}.${signature.toString('base64url')}`;
}

function decodeCanonical(text: string, expectedBytes: number): Buffer | null {
  if (!BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length !== expectedBytes || bytes.toString('base64url') !== text) return null;
  return bytes;
}

function uuidFromBytes(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
