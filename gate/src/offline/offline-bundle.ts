import { createPublicKey, type KeyObject } from 'node:crypto';
import { errorMessage } from '../logger.js';

/**
 * What GET /api/v1/gates/{id}/offline-bundle returns (and what is kept on disk as is):
 *
 *   {
 *     "generatedAt": "2025-05-01T18:00:00.000Z",
 *     "publicKeys": [{ "kid": "k1", "publicKey": "-----BEGIN PUBLIC KEY-----..." }],
 *     "revoked": ["<ticket code>", ...],
 *     "used": ["<ticket code>", ...],
 *     "matchIds": ["<uuid>", ...]
 *   }
 *
 * publicKey is an Ed25519 key as SPKI PEM, or the raw 32-byte key in base64url.
 * matchIds is optional: when present, only tickets for those matches pass offline
 * (the matches this gate's club plays at home around now).
 */
export interface OfflineBundle {
  generatedAt: string;
  keys: ReadonlyMap<string, KeyObject>;
  revoked: ReadonlySet<string>;
  used: ReadonlySet<string>;
  matchIds: ReadonlySet<string> | null;
}

/** Validates a bundle and turns its keys into KeyObjects once (parsing a PEM per scan costs ~10x a verify). */
export function parseOfflineBundle(value: unknown): OfflineBundle {
  if (!isRecord(value)) throw new Error('bundle is not a JSON object');
  const { generatedAt, publicKeys, revoked, used, matchIds } = value;
  if (typeof generatedAt !== 'string' || Number.isNaN(Date.parse(generatedAt))) {
    throw new Error('generatedAt must be an ISO date');
  }
  if (!Array.isArray(publicKeys) || publicKeys.length === 0) throw new Error('publicKeys must be a non-empty array');
  const keys = new Map<string, KeyObject>();
  for (const entry of publicKeys) {
    if (!isRecord(entry) || typeof entry.kid !== 'string' || typeof entry.publicKey !== 'string') {
      throw new Error('each publicKeys entry needs string kid and publicKey');
    }
    keys.set(entry.kid, loadEd25519PublicKey(entry.kid, entry.publicKey));
  }
  return {
    generatedAt,
    keys,
    revoked: new Set(stringList('revoked', revoked)),
    used: new Set(stringList('used', used)),
    matchIds: matchIds === undefined || matchIds === null ? null : new Set(stringList('matchIds', matchIds).map(lower)),
  };
}

function loadEd25519PublicKey(kid: string, text: string): KeyObject {
  let key: KeyObject;
  try {
    key = text.trimStart().startsWith('-----BEGIN')
      ? createPublicKey(text)
      : createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: rawKeyAsBase64url(text) }, format: 'jwk' });
  } catch (error) {
    throw new Error(`public key ${kid} is unreadable: ${errorMessage(error)}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`public key ${kid} is not an Ed25519 key`);
  return key;
}

function rawKeyAsBase64url(text: string): string {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed) || Buffer.from(trimmed, 'base64url').length !== 32) {
    throw new Error('a raw key must be 32 bytes in base64url');
  }
  return trimmed;
}

function stringList(name: string, value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw new Error(`${name} must be an array of strings`);
  }
  return value;
}

function lower(text: string): string {
  return text.toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
