import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export interface DownloadGrant {
  customerId: string;
  type: 'film' | 'episode';
  contentId: string;
  /** Unix seconds. */
  expiresAt: number;
}

/**
 * A download link is `<payload>.<mac>`: the grant in base64url and an HMAC over it with a key derived from
 * the server secret. Nothing is stored; a changed byte or a passed deadline makes it worthless.
 */
export class DownloadTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'guichet', 'download-links', 32));
  }

  sign(grant: DownloadGrant): string {
    const payload = Buffer.from(JSON.stringify([grant.customerId, grant.type, grant.contentId, grant.expiresAt])).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The grant when the token is intact and not expired; undefined otherwise. */
  verify(token: string, now = Date.now()): DownloadGrant | undefined {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return undefined;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const [customerId, type, contentId, expiresAt] = JSON.parse(Buffer.from(payload, 'base64url').toString()) as [
      string,
      DownloadGrant['type'],
      string,
      number,
    ];
    if (expiresAt * 1000 <= now) return undefined;
    return { customerId, type, contentId, expiresAt };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
