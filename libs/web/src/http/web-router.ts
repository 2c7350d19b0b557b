import { Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX, AppConfig, CSRF_COOKIE, CSRF_FIELD, CsrfTokens, DomainError, isCrossSite, problemFor } from '@guichet/common';
import { LANGUAGE_COOKIE, messagesFor, pickLanguage } from '../i18n/language';
import { SESSION_DAYS, WebSessionsService } from '../sessions/web-sessions.service';
import { errorPage } from '../views/error-page';
import { compress, pickEncoding, worthCompressing } from './compression';
import { isRedirect, PageContext, PageResult } from './page-context';
import { rejectionOf } from './rejected-requests';
import { PageError } from './web-errors';

export const SESSION_COOKIE = 'guichet_session';

const isFormBody = (request: FastifyRequest) => (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');

/** Plain forms hold a few short fields: far below the API's 2 MB JSON limit (multipart uploads set their own). */
const FORM_BODY_LIMIT = 64 * 1024;

/** Most pages read something first (async); the few that only render or redirect may answer directly. */
export type PageHandler = (ctx: PageContext) => PageResult | Promise<PageResult>;

export interface RouteOptions {
  /** Multipart forms: the handler checks the token itself once it has read the fields. */
  csrfInHandler?: boolean;
}

/**
 * Registers the pages straight on Fastify (outside the /api/v1 prefix Nest applies to controllers) and gives
 * every one the same frame: language, session, CSRF cookie, a cross-site and token check on every POST, and
 * HTML error pages whatever goes wrong.
 */
@Injectable()
export class WebRouter {
  private readonly logger = new Logger(WebRouter.name);
  readonly csrf: CsrfTokens;
  private readonly secure: boolean;
  private readonly origins: string[];
  private readonly formTargets: string;

  constructor(
    private readonly host: HttpAdapterHost,
    private readonly sessions: WebSessionsService,
    private readonly config: AppConfig,
  ) {
    this.csrf = new CsrfTokens(config.JWT_SECRET);
    this.secure = config.PUBLIC_URL.startsWith('https:');
    this.origins = [config.PUBLIC_URL];
    // "Réserver" posts here and is redirected on to the card payment page; browsers apply the CSP's form-action
    // to every redirect of a form submission, so Stripe's Checkout host (or the one configured) must be allowed.
    const checkoutHosts = ['https://checkout.stripe.com', config.STRIPE_API_URL ? new URL(config.STRIPE_API_URL).origin : undefined];
    this.formTargets = ["'self'", ...checkoutHosts.filter(Boolean)].join(' ');
  }

  get fastify(): FastifyInstance | undefined {
    return this.host.httpAdapter?.getInstance<FastifyInstance>();
  }

  get(path: string, handler: PageHandler): void {
    // The error handler returns the (thenable) reply and the handler a promise: Fastify awaits both.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    this.fastify?.get(path, { errorHandler: this.refused }, (request, reply) => this.run(request, reply, handler, false, {}));
  }

  post(path: string, handler: PageHandler, options: RouteOptions = {}): void {
    // Multipart bodies stay streams read by the handler, which applies its own file size limit.
    const limits = options.csrfInHandler ? {} : { bodyLimit: FORM_BODY_LIMIT };
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- as for get(): Fastify awaits both.
    this.fastify?.post(path, { errorHandler: this.refused, ...limits }, (request, reply) => this.run(request, reply, handler, true, options));
  }

  /**
   * Any other GET: a readable HTML 404 for people, problem+json under /api (Fastify tries this last, after
   * every declared route, the console's /admin/* included).
   */
  notFoundPages(): void {
    for (const method of ['GET', 'POST'] as const) {
      this.fastify?.route({
        method,
        url: '/*',
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a reply is thenable; Fastify awaits it.
        errorHandler: this.refused,
        handler: (request, reply) => {
          if (request.url.startsWith(`/${API_PREFIX.split('/')[0]}/`)) {
            return reply
              .code(404)
              .type('application/problem+json')
              .send(problemFor(404, `No route ${method} ${request.url.split('?')[0]}`));
          }
          return this.run(request, reply, () => Promise.reject(new PageError(404)), false, {});
        },
      });
    }
  }

  /**
   * What Fastify refused before the page ran (a body too large, of an unknown type or unparsable; a NUL in the
   * path or a field): an HTML page in the visitor's language, as for any other page error, never problem+json.
   */
  private readonly refused = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const ctx = this.contextOf(request, reply);
    const rejection = rejectionOf(error, ctx.t);
    return this.fail(ctx, rejection ? new PageError(rejection.status, rejection.detail) : error);
  };

  /** Double-submit check: the submitted token must be the one in our (signed) cookie. */
  checkCsrf(ctx: PageContext, submitted: unknown): void {
    if (!this.csrf.matches(ctx.request.cookies[CSRF_COOKIE], submitted)) throw new PageError(403, ctx.t.errors.csrf);
  }

  async startSession(ctx: PageContext, userId: string): Promise<void> {
    if (ctx.sessionId) await this.sessions.revoke(ctx.sessionId);
    const token = await this.sessions.open(userId);
    ctx.reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.secure, maxAge: SESSION_DAYS * 86400 });
  }

  async endSession(ctx: PageContext): Promise<void> {
    if (ctx.sessionId) await this.sessions.revoke(ctx.sessionId);
    ctx.reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  rememberLanguage(reply: FastifyReply, language: string): void {
    reply.setCookie(LANGUAGE_COOKIE, language, { path: '/', sameSite: 'lax', secure: this.secure, maxAge: 365 * 86400 });
  }

  private contextOf(request: FastifyRequest, reply: FastifyReply): PageContext {
    const lang = pickLanguage(request.cookies[LANGUAGE_COOKIE], request.headers['accept-language']);
    return { request, reply, lang, t: messagesFor(lang), csrf: this.csrfToken(request, reply), here: request.url, ip: request.ip };
  }

  private async run(request: FastifyRequest, reply: FastifyReply, handler: PageHandler, isPost: boolean, options: RouteOptions) {
    const ctx = this.contextOf(request, reply);
    // Helmet's `no-referrer` makes Chrome send `Origin: null` on our own form posts, which the cross-site check
    // must refuse; `same-origin` keeps the Origin header for our forms and still tells other sites nothing.
    reply.header('referrer-policy', 'same-origin');
    this.allowCheckoutRedirects(reply);
    try {
      const session = await this.sessions.resolve(request.cookies[SESSION_COOKIE]);
      if (session) {
        ctx.user = session.user;
        ctx.sessionId = session.id;
      } else if (request.cookies[SESSION_COOKIE]) {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
      if (isPost) {
        if (isCrossSite(request.headers, this.origins)) throw new PageError(403, ctx.t.errors.csrf);
        // Our forms send urlencoded fields (multipart for uploads): JSON or text posted here is no form of ours.
        if (!options.csrfInHandler && !isFormBody(request)) throw new PageError(415, ctx.t.errors.unsupported);
        if (!options.csrfInHandler) this.checkCsrf(ctx, (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD]);
      }
      const result = await handler(ctx);
      if (isRedirect(result)) return reply.code(303).header('location', result.redirect).header('cache-control', 'no-store').send();
      // Pages carry personal data and CSRF tokens: kept by the browser for back/forward, never by shared caches.
      return this.sendHtml(request, reply.code(result.status ?? 200).header('cache-control', 'private, no-cache'), result.body.value);
    } catch (error) {
      return this.fail(ctx, error);
    }
  }

  private fail(ctx: PageContext, error: unknown) {
    let status = 500;
    let detail: string | undefined;
    if (error instanceof PageError) {
      status = error.status;
      detail = error.detail;
    } else if (error instanceof DomainError && error.status < 500) {
      status = error.status === 401 ? 403 : error.status;
      detail = error.status === 404 ? undefined : (error.detail ?? error.title);
    } else {
      this.logger.error({ err: error, path: ctx.request.routeOptions.url }, 'A web page failed');
    }
    return this.sendHtml(ctx.request, ctx.reply.code(status).header('cache-control', 'no-store'), errorPage(ctx, status, detail).value);
  }

  /** HTML in the visitor's language, brotli or gzip when the browser takes it: every kilobyte costs on 3G. */
  private sendHtml(request: FastifyRequest, reply: FastifyReply, body: string) {
    reply.header('vary', 'Cookie, Accept-Language, Accept-Encoding').type('text/html; charset=utf-8');
    const encoding = worthCompressing(body) ? pickEncoding(request.headers['accept-encoding']) : undefined;
    if (!encoding) return reply.send(body);
    return reply.header('content-encoding', encoding).send(compress(body, encoding));
  }

  private allowCheckoutRedirects(reply: FastifyReply): void {
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy !== 'string') return;
    const directives = policy.split(';').filter((directive) => !directive.trim().startsWith('form-action'));
    reply.header('content-security-policy', [...directives, `form-action ${this.formTargets}`].join(';'));
  }

  /** The CSRF token of this browser: the genuine one from its cookie, or a fresh one set now. */
  private csrfToken(request: FastifyRequest, reply: FastifyReply): string {
    const existing = request.cookies[CSRF_COOKIE];
    if (this.csrf.isGenuine(existing)) return existing;
    const token = this.csrf.issue();
    reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', secure: this.secure, httpOnly: false });
    return token;
  }
}
