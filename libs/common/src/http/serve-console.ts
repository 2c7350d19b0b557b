import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { CSRF_COOKIE, CsrfTokens } from './csrf';

/** Where `npm run build` leaves the console (the API runs from the repository root, as `npm start` does). */
export const CONSOLE_DIST = resolve(process.cwd(), 'angular-admin/dist/browser');
export const CONSOLE_BASE = '/admin/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);
/** Angular's output names carry a content hash (`main-AB12CD34.js`): such a file never changes. */
const HASHED = /-[A-Z0-9]{8}\.(js|css|woff2)$/;

interface ConsoleFile {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  cacheControl: string;
}

/**
 * Serves the Angular console from the API process: hashed assets cached for a year, index.html never cached,
 * any other path under /admin/ (a deep link) answered with index.html so the console's router takes over.
 * Files are read once and kept in memory with their gzip form (the whole console is a few hundred KB).
 */
export function serveConsole(app: NestFastifyApplication, config: AppConfig, root = CONSOLE_DIST): void {
  const fastify = app.getHttpAdapter().getInstance();
  const csrf = new CsrfTokens(config.JWT_SECRET);
  const secure = config.PUBLIC_URL.startsWith('https:');
  const files = new Map<string, ConsoleFile>();

  const load = (relative: string): ConsoleFile | null => {
    const cached = files.get(relative);
    if (cached) return cached;
    const path = normalize(join(root, relative));
    const inside = path.startsWith(root + sep);
    if (!inside || !existsSync(path) || !statSync(path).isFile()) return null;
    const file = read(path);
    files.set(relative, file);
    return file;
  };

  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    const index = load('index.html');
    if (!index) return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);
    // The console's first cookie-authenticated call (the silent refresh) must be able to echo a CSRF token.
    if (!csrf.isGenuine(request.cookies?.[CSRF_COOKIE])) {
      reply.setCookie(CSRF_COOKIE, csrf.issue(), { httpOnly: false, sameSite: 'strict', secure, path: '/' });
    }
    return send(request, reply, index);
  };

  fastify.get('/admin', (_request, reply) => reply.redirect(CONSOLE_BASE, 301));
  fastify.get('/admin/*', (request: FastifyRequest<{ Params: { '*': string } }>, reply) => {
    const relative = request.params['*'];
    if (!relative || !extname(relative)) return sendIndex(request, reply);
    const file = load(relative);
    if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return send(request, reply, file);
  });
  // Stripe sends organizers back here after Connect onboarding (return_url / refresh_url): the console shows the outcome.
  fastify.get('/clubs/:clubId/stripe/:outcome', (request: FastifyRequest<{ Params: { outcome: string } }>, reply) =>
    reply.redirect(`${CONSOLE_BASE}club/stripe/${request.params.outcome === 'refresh' ? 'refresh' : 'done'}`, 303),
  );
}

function read(path: string): ConsoleFile {
  const extension = extname(path);
  const body = readFileSync(path);
  return {
    body,
    gzipped: COMPRESSIBLE.has(extension) && body.length > 1024 ? gzipSync(body, { level: 9 }) : undefined,
    type: TYPES[extension] ?? 'application/octet-stream',
    cacheControl: HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

function send(request: FastifyRequest, reply: FastifyReply, file: ConsoleFile): FastifyReply {
  reply.header('cache-control', file.cacheControl).header('vary', 'accept-encoding').type(file.type);
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (file.gzipped && acceptsGzip) return reply.header('content-encoding', 'gzip').send(file.gzipped);
  return reply.send(file.body);
}

const NOT_BUILT = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Guichet</title>
<p>La console n'est pas encore construite : lancez <code>npm run build</code>.</p>
<p lang="en">The console is not built yet: run <code>npm run build</code>.</p></html>`;
