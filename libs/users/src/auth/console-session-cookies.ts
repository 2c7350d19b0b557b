import type { AppConfig } from '@guichet/common';
import { CSRF_COOKIE, CSRF_HEADER, CsrfTokens, forbidden, isCrossSite } from '@guichet/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The console's refresh token: HttpOnly, SameSite=Strict, sent only to the session routes. */
export const REFRESH_COOKIE = 'guichet_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth/session';

/** Cookie plumbing of the console session: the refresh cookie and the CSRF checks on the calls it authenticates. */
export class ConsoleSessionCookies {
  private readonly csrf: CsrfTokens;
  private readonly secure: boolean;
  private readonly origins: string[];

  constructor(private readonly config: AppConfig) {
    this.csrf = new CsrfTokens(config.JWT_SECRET);
    this.secure = config.PUBLIC_URL.startsWith('https:');
    this.origins = [config.PUBLIC_URL, config.CONSOLE_URL].filter((origin): origin is string => Boolean(origin));
  }

  refreshToken(request: FastifyRequest): string | undefined {
    return request.cookies[REFRESH_COOKIE] || undefined;
  }

  setRefresh(reply: FastifyReply, token: string): void {
    reply.setCookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      path: REFRESH_COOKIE_PATH,
      maxAge: this.config.REFRESH_TOKEN_TTL_SECONDS,
    });
  }

  clearRefresh(reply: FastifyReply): void {
    reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH, httpOnly: true, sameSite: 'strict', secure: this.secure });
  }

  /** Gives the page a CSRF token when it has none (or a forged one), so its next cookie-authenticated call can echo it. */
  ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply): void {
    if (this.csrf.isGenuine(request.cookies[CSRF_COOKIE])) return;
    reply.setCookie(CSRF_COOKIE, this.csrf.issue(), { httpOnly: false, sameSite: 'strict', secure: this.secure, path: '/' });
  }

  /** Refuses another site's request: always by origin, and by the double-submit token when the refresh cookie is used. */
  assertSameSite(request: FastifyRequest, withToken: boolean): void {
    if (isCrossSite(request.headers, this.origins)) throw forbidden('This request came from another site.');
    if (withToken && !this.csrf.matches(request.cookies[CSRF_COOKIE], request.headers[CSRF_HEADER])) {
      throw forbidden('The security token of this page is missing or expired. Reload the page.');
    }
  }
}
