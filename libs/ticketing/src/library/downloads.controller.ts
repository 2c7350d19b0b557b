import { extname } from 'node:path';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ContentService, ContentType } from '@guichet/catalogue';
import { notFound, problemFor, Public, Storage } from '@guichet/common';
import { FastifyReply } from 'fastify';
import { parseRange } from './byte-range';
import { attachmentDisposition } from './content-disposition';
import { LibraryService } from './library.service';

/** Streams a bought file from storage; resumable (Range, If-Range), cacheable by ETag, path never shown. */
@ApiTags('library')
@Controller('dl')
export class DownloadsController {
  constructor(
    private readonly library: LibraryService,
    private readonly content: ContentService,
    private readonly storage: Storage,
  ) {}

  @Public()
  @Get(':token')
  async download(
    @Param('token') token: string,
    @Res() reply: FastifyReply,
    @Headers('range') range?: string,
    @Headers('if-range') ifRange?: string,
    @Headers('if-none-match') ifNoneMatch?: string,
  ): Promise<void> {
    const grant = await this.library.redeem(token);
    const media = await this.content.storedMedia(grant.type as ContentType.Film | ContentType.Episode, grant.contentId);
    if (!media) throw notFound('Video file');
    const etag = `"${media.sha256}"`;
    reply
      .header('accept-ranges', 'bytes')
      .header('etag', etag)
      .header('cache-control', 'private, no-store')
      .header('content-disposition', attachmentDisposition(grant.title, extname(media.fileName)));
    if (ifNoneMatch === etag) {
      reply.status(304).send();
      return;
    }
    const wanted = ifRange && ifRange !== etag ? undefined : parseRange(range, media.size);
    if (wanted === 'unsatisfiable') {
      reply.status(416).header('content-range', `bytes */${media.size}`).type('application/problem+json')
        .send(problemFor(416, `The file has ${media.size} bytes.`, 'range-not-satisfiable', 'Range not satisfiable'));
      return;
    }
    reply.type(media.contentType);
    if (!wanted) {
      reply.header('content-length', String(media.size)).status(200).send(this.storage.read(media.storageKey));
      return;
    }
    reply
      .status(206)
      .header('content-range', `bytes ${wanted.start}-${wanted.end}/${media.size}`)
      .header('content-length', String(wanted.end - wanted.start + 1))
      .send(this.storage.read(media.storageKey, wanted));
  }
}
