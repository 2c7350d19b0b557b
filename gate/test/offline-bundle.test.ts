import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { parseOfflineBundle } from '../src/offline/offline-bundle.js';
import { parseTicketCode, signTicketCode, verifyTicketCode } from '../src/offline/ticket-code.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const raw = publicKey.export({ format: 'jwk' }).x ?? '';

describe('offline bundle', () => {
  it('accepts SPKI PEM and raw base64url Ed25519 keys, both verifying issued codes', () => {
    const bundle = parseOfflineBundle({
      generatedAt: new Date().toISOString(),
      publicKeys: [
        { kid: 'pem', publicKey: pem },
        { kid: 'raw', publicKey: raw },
      ],
      revoked: ['r'],
      used: ['u'],
    });
    for (const kid of ['pem', 'raw']) {
      const ticket = parseTicketCode(signTicketCode({ kid, matchId: randomUUID() }, privateKey));
      assert.ok(ticket);
      const key = bundle.keys.get(kid);
      assert.ok(key);
      assert.equal(verifyTicketCode(ticket, key), true, kid);
    }
    assert.equal(bundle.matchIds, null, 'no matchIds: any match');
    assert.ok(bundle.revoked.has('r') && bundle.used.has('u'));
  });

  it('rejects malformed bundles with a reason', () => {
    const valid = { generatedAt: new Date().toISOString(), publicKeys: [{ kid: 'k', publicKey: pem }], revoked: [], used: [] };
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' });
    const cases: Array<[unknown, RegExp]> = [
      [null, /not a JSON object/],
      [{ ...valid, generatedAt: 'yesterday' }, /generatedAt/],
      [{ ...valid, publicKeys: [] }, /publicKeys/],
      [{ ...valid, publicKeys: [{ kid: 'k', publicKey: 'AAAA' }] }, /32 bytes/],
      [{ ...valid, publicKeys: [{ kid: 'k', publicKey: rsa.toString() }] }, /not an Ed25519 key/],
      [{ ...valid, used: [1] }, /used must be an array of strings/],
      [{ ...valid, revoked: undefined }, /revoked/],
    ];
    for (const [input, reason] of cases) assert.throws(() => parseOfflineBundle(input), reason);
  });
});
