import { Injectable } from '@nestjs/common';
import { WebRouter } from '../http/web-router';
import { WEB_ASSETS } from './web-assets';

/** The stylesheet, the script and the service worker, with ETags (a revalidation costs a few bytes). */
@Injectable()
export class AssetRoutes {
  constructor(private readonly router: WebRouter) {}

  register(): void {
    for (const item of WEB_ASSETS) {
      this.router.fastify?.get(item.path, (request, reply) => {
        reply.header('cache-control', item.cacheControl).header('etag', item.etag);
        if (request.headers['if-none-match'] === item.etag) return reply.code(304).send();
        return reply.type(item.type).send(item.body);
      });
    }
  }
}
