import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** Opaque credentials handed out once (`<id>.<secret>`); the database keeps only sha256(secret). */
export interface SecretToken {
  id: string;
  secret: string;
  hash: Buffer;
  token: string;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest();

export function newSecretToken(): SecretToken {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, hash: hashSecret(secret), token: `${id}.${secret}` };
}

const TOKEN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export function parseSecretToken(token: string): { id: string; secret: string } | undefined {
  const match = TOKEN.exec(token);
  return match ? { id: match[1], secret: match[2] } : undefined;
}

export function secretMatches(secret: string, hash: Buffer): boolean {
  const candidate = hashSecret(secret);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
