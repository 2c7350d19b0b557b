import { createHash } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SCANNER_CSS, SCANNER_HTML } from './scanner-markup';
import { SCANNER_JS } from './scanner-script';

interface Asset {
  body: string;
  type: string;
  etag: string;
}

const asset = (body: string, type: string): Asset => ({
  body,
  type,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`,
});

/** Public (the page asks for the login itself); outside /api/v1, like the other browser pages. */
export const SCANNER_ROUTES: Record<string, Asset> = {
  '/scanner': asset(SCANNER_HTML, 'text/html; charset=utf-8'),
  '/scanner/app.js': asset(SCANNER_JS, 'text/javascript; charset=utf-8'),
  '/scanner/app.css': asset(SCANNER_CSS, 'text/css; charset=utf-8'),
};

/**
 * Serves the staff scanner page: three static documents registered straight on Fastify, because the
 * global /api/v1 prefix applies to every Nest controller. Fastify's hooks (helmet's CSP, request ids,
 * logging) apply to them as to any route.
 */
@Injectable()
export class ScannerPage implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.host.httpAdapter;
    if (!adapter) return;
    const fastify = adapter.getInstance<FastifyInstance>();
    for (const [path, document] of Object.entries(SCANNER_ROUTES)) {
      fastify.get(path, (request, reply) => send(reply, document, request.headers['if-none-match']));
    }
  }
}

function send(reply: FastifyReply, document: Asset, ifNoneMatch: string | undefined): FastifyReply {
  reply.header('cache-control', 'no-cache').header('etag', document.etag);
  if (ifNoneMatch === document.etag) return reply.code(304).send();
  return reply.type(document.type).send(document.body);
}
