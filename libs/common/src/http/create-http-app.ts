import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import type { DynamicModule, Type } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { requestId } from '../logging/logging.module';
import { refuseHostileInput } from './hostile-input';
import { addSecurityHeaders } from './security-headers';
import { trustedProxies } from './trusted-proxies';
import { serveOpenApi } from './openapi';
import { serveConsole } from './serve-console';
import { validationPipe } from './validation.pipe';

export const API_PREFIX = 'api/v1';

/** JSON bodies above this are refused (413) before parsing; fields have their own, smaller limits. */
const JSON_BODY_LIMIT = 2 * 1024 * 1024;

/** The chunks of a resumable upload (tus-like PATCH); their bodies stay streams for the route to consume. */
export const UPLOAD_CHUNK_CONTENT_TYPE = 'application/offset+octet-stream';

/** What the console (another origin) sends: bearer token, JSON, CSRF token, idempotency key, tus upload headers. */
const CORS_REQUEST_HEADERS = [
  'Authorization',
  'Content-Type',
  'X-CSRF-Token',
  'Idempotency-Key',
  'X-Request-Id',
  'Tus-Resumable',
  'Upload-Length',
  'Upload-Offset',
  'Upload-Metadata',
  'Upload-Defer-Length',
  'Upload-Concat',
  'Upload-Checksum',
];
/** What it must be able to read back (tus progress, where an upload lives, when to retry). */
const CORS_RESPONSE_HEADERS = [
  'Location',
  'Retry-After',
  'X-Request-Id',
  'Tus-Resumable',
  'Tus-Version',
  'Tus-Extension',
  'Tus-Max-Size',
  'Upload-Offset',
  'Upload-Length',
];

/** Builds the Fastify-based HTTP app with the platform's cross-cutting behaviour. */
export async function createHttpApp(rootModule: Type<unknown> | DynamicModule, config: AppConfig) {
  // Signed download links and ticket codes travel in the path: longer than Fastify's default 100 characters.
  const adapter = new FastifyAdapter({
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: trustedProxies(config.TRUST_PROXY),
    genReqId: requestId,
    routerOptions: { maxParamLength: 512 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: true,
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  refuseHostileInput(adapter.getInstance());
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  // Multipart bodies are parsed lazily, as streams, by the route (`request.file()`), which sets its own
  // size limits; these defaults only bound what a route does not override.
  await app.register(multipart, {
    limits: { fieldNameSize: 100, fieldSize: 64 * 1024, fields: 10, files: 1, parts: 20, headerPairs: 100 },
  });
  // Cookies (web session, console refresh, CSRF). Plain HTML forms need nothing more: Nest's Fastify adapter
  // already parses application/x-www-form-urlencoded (a second parser, @fastify/formbody, refuses to boot).
  await app.register(cookie);
  // Left unread here: the route streams the request to storage.
  adapter.getInstance().addContentTypeParser(UPLOAD_CHUNK_CONTENT_TYPE, (_request, _payload, done) => done(null));
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  addSecurityHeaders(adapter.getInstance());
  app.enableCors({
    origin: [config.PUBLIC_URL, config.CONSOLE_URL].filter((origin): origin is string => Boolean(origin)),
    credentials: true,
    // The console edits with PATCH, PUT and DELETE too.
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: CORS_REQUEST_HEADERS,
    exposedHeaders: CORS_RESPONSE_HEADERS,
  });
  serveOpenApi(app);
  serveConsole(app, config);
  app.enableShutdownHooks();
  return app;
}
