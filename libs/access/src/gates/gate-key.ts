import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'gk_';
/** gk_ + base64url of 32 random bytes. */
const KEY = /^gk_[A-Za-z0-9_-]{43}$/;

/** A new device key: 256 random bits, shown once; the database keeps only its sha256. */
export function newGateKey(): { key: string; hash: Buffer } {
  const key = PREFIX + randomBytes(32).toString('base64url');
  return { key, hash: hashGateKey(key) };
}

export const hashGateKey = (key: string) => createHash('sha256').update(key).digest();

/** Cheap shape check before touching the database; anything else cannot be a key we issued. */
export const looksLikeGateKey = (key: unknown): key is string => typeof key === 'string' && KEY.test(key);
