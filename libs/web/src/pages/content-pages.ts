import { Injectable } from '@nestjs/common';
import { ContentListQuery, ContentType, FilmsService, SeriesService } from '@guichet/catalogue';
import { DomainError } from '@guichet/common';
import { ContentItemDto, ContentOrdersService } from '@guichet/ticketing';
import { Role } from '@guichet/users';
import { field, isUuid, PageContext, PageResult, redirect } from '../http/page-context';
import { WebRouter } from '../http/web-router';
import { pageNotFound } from '../http/web-errors';
import { catalogueView, filmView, seriesView } from '../views/content-views';

const SERIES_PARTS = new Set<ContentType>([ContentType.Series, ContentType.Season, ContentType.Episode]);

/** Films and series with their posters and prices, and "Acheter" (an order paid by Mobile Money). */
@Injectable()
export class ContentPages {
  constructor(
    private readonly router: WebRouter,
    private readonly films: FilmsService,
    private readonly series: SeriesService,
    private readonly contentOrders: ContentOrdersService,
  ) {}

  register(): void {
    this.router.get('/films', async (ctx) => {
      const q = field(ctx.request.query, 'q').slice(0, 100);
      const query = () => Object.assign(new ContentListQuery(), { page: 1, pageSize: 48, ...(q ? { q } : {}) });
      const [films, series] = await Promise.all([this.films.list(query()), this.series.list(query())]);
      return { body: catalogueView(ctx, q, films.items, series.items) };
    });
    this.router.get('/films/:id', async (ctx) => ({ body: filmView(ctx, await this.films.get(this.id(ctx))) }));
    this.router.get('/series/:id', async (ctx) => ({ body: seriesView(ctx, await this.series.get(this.id(ctx))) }));
    this.router.post('/films/:id/buy', async (ctx) => {
      const film = await this.films.get(this.id(ctx));
      return this.buy(ctx, ContentType.Film, film.id, (error) => ({ status: 409, body: filmView(ctx, film, error) }));
    });
    this.router.post('/series/:id/buy', async (ctx) => {
      const series = await this.series.get(this.id(ctx));
      const type = field(ctx.request.body, 'contentType') as ContentType;
      const contentId = field(ctx.request.body, 'contentId');
      const belongs =
        (type === ContentType.Series && contentId === series.id) ||
        (type === ContentType.Season && series.seasons.some((season) => season.id === contentId)) ||
        (type === ContentType.Episode && series.seasons.some((season) => season.episodes.some((episode) => episode.id === contentId)));
      if (!SERIES_PARTS.has(type) || !belongs) throw pageNotFound();
      return this.buy(ctx, type, contentId, (error) => ({ status: 409, body: seriesView(ctx, series, error) }));
    });
  }

  private id(ctx: PageContext): string {
    const id = (ctx.request.params as { id: string }).id;
    if (!isUuid(id)) throw pageNotFound();
    return id;
  }

  private async buy(ctx: PageContext, contentType: ContentType, contentId: string, refuse: (error: string) => PageResult): Promise<PageResult> {
    if (!ctx.user) return redirect(`/login?next=${encodeURIComponent(ctx.here.replace(/\/buy$/, ''))}`);
    if (ctx.user.role !== Role.Customer) return refuse(ctx.t.match.staffCannotBuy);
    try {
      const item = Object.assign(new ContentItemDto(), { type: 'content', contentType, contentId });
      const { order } = await this.contentOrders.create({ id: ctx.user.id, role: ctx.user.role }, [item], 'mobile_money');
      return redirect(`/orders/${order.id}`);
    } catch (error) {
      if (!(error instanceof DomainError) || (error.status >= 500 && error.status !== 503)) throw error;
      if (error.code === 'already-owned') return refuse(ctx.t.films.owned);
      if (error.code === 'mobile-money-unavailable') return refuse(ctx.t.order.mm.unavailable);
      if (error.code === 'not-on-sale') return refuse(ctx.t.films.notOnSale);
      return refuse(error.detail ?? error.title);
    }
  }
}
