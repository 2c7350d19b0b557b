import { createPublicKey, verify } from 'node:crypto';
import { AppConfig } from '@guichet/common';
import { signTicketCode } from './ticket-code';
import { TicketKeysService } from './ticket-keys.service';

const config = (secret: string) => Object.assign(new AppConfig(), { JWT_SECRET: 'j'.repeat(40), TICKET_SIGNING_SECRET: secret });
const CLUB = '0b6f2c58-3f0e-4b44-9a51-6f1c8a1f2e11';
const MATCH = '7d3c2a10-1111-4e22-8333-944455566677';

describe('ticket codes', () => {
  it('signs a compact code that the club public key verifies and that carries the match id', () => {
    const keys = new TicketKeysService(config('s'.repeat(40)));
    const code = signTicketCode('v1', MATCH, keys.key(CLUB).privateKey);
    const [kid, payload, signature] = code.split('.');
    expect(kid).toBe('v1');
    expect(code.length).toBeLessThan(130);
    const bytes = Buffer.from(payload, 'base64url');
    expect(bytes.subarray(10).toString('hex')).toBe(MATCH.replaceAll('-', ''));
    const publicKey = createPublicKey(keys.key(CLUB).publicKeyPem);
    expect(verify(null, Buffer.from(`${kid}.${payload}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
  });

  it('derives the same key from the same secret, and different keys per club and per secret', () => {
    const a = new TicketKeysService(config('s'.repeat(40))).key(CLUB).publicKeyPem;
    expect(new TicketKeysService(config('s'.repeat(40))).key(CLUB).publicKeyPem).toBe(a);
    expect(new TicketKeysService(config('t'.repeat(40))).key(CLUB).publicKeyPem).not.toBe(a);
    expect(new TicketKeysService(config('s'.repeat(40))).key(MATCH).publicKeyPem).not.toBe(a);
  });

  it('never gives two tickets the same code', () => {
    const key = new TicketKeysService(config('s'.repeat(40))).key(CLUB).privateKey;
    const codes = new Set(Array.from({ length: 2000 }, () => signTicketCode('v1', MATCH, key)));
    expect(codes.size).toBe(2000);
  });
});
