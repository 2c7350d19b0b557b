import { DownloadTokens } from './download-token';

describe('DownloadTokens', () => {
  const tokens = new DownloadTokens('s'.repeat(40));
  const grant = { customerId: 'c1', type: 'film' as const, contentId: 'f1', expiresAt: Math.floor(Date.now() / 1000) + 60 };

  it('accepts its own token until it expires', () => {
    const token = tokens.sign(grant);
    expect(tokens.verify(token)).toEqual(grant);
    expect(tokens.verify(token, Date.now() + 61_000)).toBeUndefined();
  });

  it('refuses a token changed by one character or signed with another secret', () => {
    const token = tokens.sign(grant);
    const tampered = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;
    expect(tokens.verify(tampered)).toBeUndefined();
    expect(new DownloadTokens('t'.repeat(40)).verify(token)).toBeUndefined();
    expect(tokens.verify('garbage')).toBeUndefined();
  });
});
