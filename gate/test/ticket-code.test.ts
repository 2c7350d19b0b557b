import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { parseTicketCode, signTicketCode, verifyTicketCode } from '../src/offline/ticket-code.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');

describe('ticket code', () => {
  it('round-trips kid, random part and match id, and verifies with the issuing key', () => {
    const matchId = randomUUID();
    const random = Buffer.from('0123456789');
    const code = signTicketCode({ kid: 'k2025', matchId, random }, privateKey);

    const [kid, payload, sig] = code.split('.');
    assert.equal(kid, 'k2025');
    assert.equal(payload?.length, 35, '26 bytes of payload');
    assert.equal(sig?.length, 86, '64-byte Ed25519 signature');
    assert.match(code, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);

    const ticket = parseTicketCode(code);
    assert.ok(ticket);
    assert.equal(ticket.matchId, matchId);
    assert.deepEqual(ticket.random, random);
    assert.equal(ticket.signedPart, `k2025.${payload}`);
    assert.equal(verifyTicketCode(ticket, publicKey), true);
    assert.equal(verifyTicketCode(ticket, other.publicKey), false, 'another key does not verify it');
  });

  it('rejects a changed payload (another match id) under the original signature', () => {
    const code = signTicketCode({ kid: 'k1', matchId: randomUUID() }, privateKey);
    const [kid, , sig] = code.split('.');
    const forgedPayload = Buffer.concat([Buffer.alloc(10, 7), Buffer.alloc(16, 1)]).toString('base64url');
    const forged = parseTicketCode(`${kid}.${forgedPayload}.${sig}`);
    assert.ok(forged);
    assert.equal(verifyTicketCode(forged, publicKey), false);
  });

  it('refuses non-canonical spellings so one ticket has exactly one code string', () => {
    const code = signTicketCode({ kid: 'k1', matchId: randomUUID() }, privateKey);
    const [kid, payload = '', sig = ''] = code.split('.');
    // The last char of 26 bytes carries 4 data bits + 2 unused bits: flip an unused bit.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(payload.at(-1) ?? 'A');
    const variant = `${payload.slice(0, -1)}${alphabet[last ^ 1]}`;
    assert.deepEqual(Buffer.from(variant, 'base64url'), Buffer.from(payload, 'base64url'), 'same bytes');
    assert.equal(parseTicketCode(`${kid}.${variant}.${sig}`), null);
  });

  it('rejects malformed codes', () => {
    const code = signTicketCode({ kid: 'k1', matchId: randomUUID() }, privateKey);
    for (const bad of ['', 'abc', code.replace(/\.[^.]+$/, ''), `${code}.x`, `k 1${code.slice(2)}`, `${code}=`]) {
      assert.equal(parseTicketCode(bad), null, bad);
    }
  });
});
