import { createHash } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { OUTBOX_CSS, OUTBOX_HTML, OUTBOX_JS } from './outbox-page-assets';

const DOCUMENTS: Record<string, { body: string; type: string }> = {
  '/outbox': { body: OUTBOX_HTML, type: 'text/html; charset=utf-8' },
  '/outbox/app.js': { body: OUTBOX_JS, type: 'text/javascript; charset=utf-8' },
  '/outbox/app.css': { body: OUTBOX_CSS, type: 'text/css; charset=utf-8' },
};

/**
 * Serves the outbox page on Fastify directly (outside the /api/v1 prefix of Nest's controllers). The page is
 * public: what it shows comes from the admin-only API, with the token of the admin who logs in on it.
 */
@Injectable()
export class OutboxPage implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.host.httpAdapter;
    if (!adapter) return;
    const fastify = adapter.getInstance<FastifyInstance>();
    for (const [path, { body, type }] of Object.entries(DOCUMENTS)) {
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
      fastify.get(path, (request, reply) => {
        reply.header('cache-control', 'no-cache').header('etag', etag);
        if (request.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply.type(type).send(body);
      });
    }
  }
}
