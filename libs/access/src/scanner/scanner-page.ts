import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/** The staff scanner moved into the console (camera, full-screen verdicts); old bookmarks land there. */
export const SCANNER_PATH = '/scanner';
export const CONSOLE_SCANNER_PATH = '/admin/scanner';

/** Registered straight on Fastify: the global /api/v1 prefix applies to every Nest controller. */
@Injectable()
export class ScannerPage implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.host.httpAdapter;
    if (!adapter) return;
    adapter.getInstance<FastifyInstance>().get(SCANNER_PATH, (_request, reply) => reply.redirect(CONSOLE_SCANNER_PATH, 301));
  }
}
