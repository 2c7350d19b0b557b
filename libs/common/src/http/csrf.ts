import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The cookie that carries the CSRF token (readable by the console's script, which echoes it in a header). */
export const CSRF_COOKIE = 'guichet_csrf';
/** The header the console sends it back in (Angular's XSRF support writes it). */
export const CSRF_HEADER = 'x-csrf-token';
/** The hidden field every server-rendered form carries. */
export const CSRF_FIELD = '_csrf';

/**
 * Signed double-submit tokens, one design for the web pages and the console: the server sets a signed random
 * value in a cookie; a form (hidden field) or the console (header) sends the same value back. Another site can
 * make the browser send the cookie but cannot read it, so it cannot echo it; the signature stops a value planted
 * in the cookie by someone else from passing.
 */
export class CsrfTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    // A key of its own, so a CSRF token can never be mistaken for anything else signed with the same secret.
    this.key = createHmac('sha256', secret).update('guichet/csrf/v1').digest();
  }

  issue(): string {
    const nonce = randomBytes(18).toString('base64url');
    return `${nonce}.${this.sign(nonce)}`;
  }

  isGenuine(token: unknown): token is string {
    if (typeof token !== 'string' || token.length > 128) return false;
    const [nonce, signature, extra] = token.split('.');
    if (!nonce || !signature || extra !== undefined) return false;
    return safeEqual(signature, this.sign(nonce));
  }

  /** True when the cookie is genuine and the submitted value is the same token. */
  matches(cookieValue: unknown, submitted: unknown): boolean {
    return this.isGenuine(cookieValue) && typeof submitted === 'string' && safeEqual(cookieValue, submitted);
  }

  private sign(nonce: string): string {
    return createHmac('sha256', this.key).update(nonce).digest('base64url');
  }
}

/**
 * A request a browser made on behalf of another site: `Sec-Fetch-Site: cross-site`, or an `Origin` that is not
 * ours. Refused on every cookie-authenticated state change, on top of the token.
 */
export function isCrossSite(headers: Record<string, string | string[] | undefined>, allowedOrigins: string[]): boolean {
  if (headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = headers.origin;
  if (typeof origin !== 'string' || origin === 'null') return origin === 'null';
  return !allowedOrigins.some((allowed) => new URL(allowed).origin === origin);
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
