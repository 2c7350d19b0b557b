import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CompetitionsService, MatchesService, MatchListQuery, MatchView } from '@guichet/catalogue';
import { AppConfig, DomainError, MATCH_TIME_ZONE, PageQuery } from '@guichet/common';
import { SeatItemDto, SeatOrdersService } from '@guichet/ticketing';
import { ClubsService, Role } from '@guichet/users';
import { field, isUuid, PageContext, PageResult, redirect } from '../http/page-context';
import { WebRouter } from '../http/web-router';
import { pageNotFound, PageError } from '../http/web-errors';
import { HomeFilters, homeView, matchView, queueView, ReserveForm } from '../views/match-views';

const PAGE_SIZE = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_SEATS = 10;

/** A day typed in a date input, read as Brussels midnight (matches are listed in Brussels time). */
function brusselsMidnight(day: string): string | undefined {
  if (!DAY.test(day)) return undefined;
  const utc = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(utc.getTime())) return undefined;
  const offset =
    new Date(utc.toLocaleString('en-US', { timeZone: MATCH_TIME_ZONE })).getTime() - new Date(utc.toLocaleString('en-US', { timeZone: 'UTC' })).getTime();
  return new Date(utc.getTime() - offset).toISOString();
}

const plusOneDay = (iso: string) => new Date(new Date(iso).getTime() + 86_400_000).toISOString();

/** The home page (upcoming matches), a match with its stands, and "Réserver". */
@Injectable()
export class MatchPages {
  constructor(
    private readonly router: WebRouter,
    private readonly matches: MatchesService,
    private readonly clubs: ClubsService,
    private readonly competitions: CompetitionsService,
    private readonly seatOrders: SeatOrdersService,
    private readonly config: AppConfig,
  ) {}

  register(): void {
    this.router.get('/', (ctx) => this.home(ctx));
    this.router.get('/matches/:id', async (ctx) => {
      const match = await this.match(ctx);
      return {
        body: matchView(
          ctx,
          match,
          { standId: field(ctx.request.query, 'standId'), quantity: '1', idempotencyKey: randomUUID() },
          this.config.SEAT_HOLD_MINUTES,
        ),
      };
    });
    this.router.post('/matches/:id/reserve', (ctx) => this.reserve(ctx, ctx.request.body));
    // Where the queue page comes back without script (meta refresh): the CSRF token travels in the query.
    this.router.get('/matches/:id/reserve', (ctx) => {
      this.router.checkCsrf(ctx, field(ctx.request.query, '_csrf'));
      return this.reserve(ctx, ctx.request.query);
    });
  }

  private async home(ctx: PageContext): Promise<PageResult> {
    const query = ctx.request.query;
    const page = Math.min(Math.max(Number.parseInt(field(query, 'page'), 10) || 1, 1), 10_000);
    const filters: HomeFilters = {
      q: field(query, 'q').slice(0, 100),
      from: DAY.test(field(query, 'from')) ? field(query, 'from') : '',
      to: DAY.test(field(query, 'to')) ? field(query, 'to') : '',
      clubId: isUuid(field(query, 'clubId')) ? field(query, 'clubId') : '',
      competitionId: isUuid(field(query, 'competitionId')) ? field(query, 'competitionId') : '',
      page,
    };
    const list = Object.assign(new MatchListQuery(), { page, pageSize: PAGE_SIZE });
    if (filters.q) list.q = filters.q;
    const from = brusselsMidnight(filters.from);
    // Never earlier than now: the home page lists what can still be bought.
    if (from && from > new Date().toISOString()) list.from = from;
    const to = brusselsMidnight(filters.to);
    if (to) list.to = plusOneDay(to);
    if (filters.clubId) list.clubId = filters.clubId;
    if (filters.competitionId) list.competitionId = filters.competitionId;
    const [found, clubs, competitions] = await Promise.all([
      this.matches.list(list),
      this.clubs.list(Object.assign(new PageQuery(), { page: 1, pageSize: 100 })),
      this.competitions.list(),
    ]);
    return {
      body: homeView(ctx, {
        filters,
        matches: found.items,
        total: found.total,
        pageSize: PAGE_SIZE,
        clubs: clubs.items.map((club) => ({ id: club.id, name: club.name })),
        competitions: competitions.map((competition) => ({ id: competition.id, name: competition.name })),
      }),
    };
  }

  private async match(ctx: PageContext): Promise<MatchView> {
    const id = (ctx.request.params as { id: string }).id;
    if (!isUuid(id)) throw pageNotFound();
    return this.matches.get(id);
  }

  private async reserve(ctx: PageContext, source: unknown): Promise<PageResult> {
    const match = await this.match(ctx);
    if (!ctx.user) return redirect(`/login?next=${encodeURIComponent(`/matches/${match.id}`)}`);
    const key = field(source, 'idempotencyKey');
    const form: ReserveForm = {
      standId: field(source, 'standId'),
      quantity: field(source, 'quantity').slice(0, 6),
      idempotencyKey: /^[\x21-\x7e]{1,200}$/.test(key) ? key : randomUUID(),
    };
    const refuse = (error: string, status = 400): PageResult => ({ status, body: matchView(ctx, match, { ...form, error }, this.config.SEAT_HOLD_MINUTES) });
    if (ctx.user.role !== Role.Customer) return refuse(ctx.t.match.staffCannotBuy, 403);
    const stand = match.stands.find((candidate) => candidate.standId === form.standId);
    if (!stand) return refuse(ctx.t.match.chooseStand);
    const quantity = /^\d+$/.test(form.quantity) ? Number(form.quantity) : NaN;
    if (quantity > MAX_SEATS) return refuse(ctx.t.match.tooMany);
    if (!(quantity >= 1)) return refuse(ctx.t.match.quantityRange);
    try {
      const item = Object.assign(new SeatItemDto(), { type: 'seat', matchId: match.id, standId: stand.standId, quantity });
      const { payment } = await this.seatOrders.create({ id: ctx.user.id, role: ctx.user.role }, [item], 'stripe', { idempotencyKey: form.idempotencyKey });
      if (!payment.checkoutUrl) throw new PageError(500);
      return redirect(payment.checkoutUrl);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'overloaded') {
        const retryAfter = Number((error as DomainError & { retryAfterSeconds?: number }).retryAfterSeconds) || 2;
        ctx.reply.header('retry-after', String(retryAfter));
        return { status: 503, body: queueView(ctx, match, form, retryAfter) };
      }
      if (error.code === 'sold-out') {
        const fresh = await this.matches.get(match.id);
        const left = fresh.stands.find((candidate) => candidate.standId === stand.standId)?.remaining ?? 0;
        return { status: 409, body: matchView(ctx, fresh, { ...form, error: ctx.t.match.onlyLeft(left) }, this.config.SEAT_HOLD_MINUTES) };
      }
      if (error.code === 'too-many-seats') return refuse(ctx.t.match.tooMany);
      if (error.status >= 500) return refuse(ctx.t.match.paymentUnavailable, 503);
      return refuse(error.detail ?? error.title, error.status);
    }
  }
}
