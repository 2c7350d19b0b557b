import { hashGateKey, looksLikeGateKey, newGateKey } from './gate-key';

describe('gate keys', () => {
  it('issues distinct 256-bit keys and keeps only their sha256', () => {
    const a = newGateKey();
    const b = newGateKey();
    expect(a.key).not.toBe(b.key);
    expect(looksLikeGateKey(a.key)).toBe(true);
    expect(a.hash).toHaveLength(32);
    expect(a.hash.equals(hashGateKey(a.key))).toBe(true);
    expect(a.hash.includes(Buffer.from(a.key))).toBe(false);
  });

  it('rejects anything that is not shaped like an issued key', () => {
    for (const candidate of [undefined, '', 'gk_short', `xx_${'a'.repeat(43)}`, `gk_${'a'.repeat(42)}!`, 42]) {
      expect(looksLikeGateKey(candidate)).toBe(false);
    }
  });
});
