import { Injectable } from '@nestjs/common';
import { pickEncoding } from '../http/compression';
import { WebRouter } from '../http/web-router';
import { WEB_ASSETS } from './web-assets';

/**
 * The stylesheet, the script and the service worker, with ETags (a revalidation costs a few bytes), sent in the
 * brotli or gzip form computed once at start when the browser accepts it.
 */
@Injectable()
export class AssetRoutes {
  constructor(private readonly router: WebRouter) {}

  register(): void {
    for (const item of WEB_ASSETS) {
      this.router.fastify?.get(item.path, (request, reply) => {
        reply.header('cache-control', item.cacheControl).header('etag', item.etag).header('vary', 'Accept-Encoding');
        if (request.headers['if-none-match'] === item.etag) return reply.code(304).send();
        const encoding = pickEncoding(request.headers['accept-encoding']);
        if (!encoding) return reply.type(item.type).send(item.body.identity);
        return reply.type(item.type).header('content-encoding', encoding).send(item.body[encoding]);
      });
    }
  }
}
