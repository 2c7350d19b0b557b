import { Injectable } from '@nestjs/common';
import { DomainError } from '@guichet/common';
import { LibraryService } from '@guichet/ticketing';
import type { AuthUser, User } from '@guichet/users';
import { field, isUuid, PageContext, PageResult, redirect } from '../http/page-context';
import { WebRouter } from '../http/web-router';
import { libraryView } from '../views/library-views';
import { webError } from '../web.errors';

const caller = (user: User): AuthUser => ({ id: user.id, role: user.role });

/** What the customer owns, searchable, with a fresh signed download link per click. */
@Injectable()
export class LibraryPages {
  constructor(
    private readonly router: WebRouter,
    private readonly library: LibraryService,
  ) {}

  register(): void {
    this.router.get('/library', async (ctx) => {
      if (!ctx.user) return redirect(`/login?next=${encodeURIComponent(ctx.here)}`);
      const q = field(ctx.request.query, 'q').slice(0, 100);
      return { body: libraryView(ctx, await this.library.library(caller(ctx.user), q || undefined), q) };
    });
    this.router.post('/library/download', (ctx) => this.download(ctx));
  }

  private async download(ctx: PageContext): Promise<PageResult> {
    if (!ctx.user) return redirect('/login?next=%2Flibrary');
    const type = field(ctx.request.body, 'contentType');
    const id = field(ctx.request.body, 'contentId');
    try {
      if ((type !== 'film' && type !== 'episode') || !isUuid(id)) throw webError('not-found');
      const link = await this.library.createDownload(caller(ctx.user), type, id);
      return redirect(link.url);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      return {
        status: error.status,
        body: libraryView(ctx, await this.library.library(caller(ctx.user)), '', error.status === 404 ? ctx.t.errors.notFound : (error.detail ?? error.title)),
      };
    }
  }
}
