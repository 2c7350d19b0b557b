import { Injectable, Logger } from '@nestjs/common';
import { MatchesService, MatchListQuery, MatchView } from '@guichet/catalogue';
import { AppConfig, DomainError, formatKickoff } from '@guichet/common';
import { MAX_SEATS_PER_ORDER, SeatItemDto, SeatOrdersService } from '@guichet/ticketing';
import { Context, Markup } from 'telegraf';
import { InlineKeyboardButton } from 'telegraf/types';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { ClubFollowsService } from '../follows/club-follows.service';
import { formatMoney } from '../i18n/format';
import { Language } from '../i18n/language';
import { Texts } from '../i18n/texts';
import { BuyersService } from './buyers.service';
import { button, pager, Screen } from './keyboards';
import { Turn } from './turn';

const PAGE_SIZE = 5;
/** On "overloaded" the bot waits as told (capped) and retries with the same idempotency key. */
const OVERLOAD_RETRIES = 3;
const MAX_WAIT_SECONDS = 5;

export const matchTitle = (match: MatchView, language: Language) => `${match.club.name} – ${match.opponent}, ${formatKickoff(match.kickoffAt, language)}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Match → stand → quantity → the seats are held and the buyer gets the payment link (same order path as the web). */
@Injectable()
export class SeatPurchase {
  private readonly logger = new Logger(SeatPurchase.name);

  constructor(
    private readonly matches: MatchesService,
    private readonly seatOrders: SeatOrdersService,
    private readonly buyers: BuyersService,
    private readonly accounts: TelegramAccountsService,
    private readonly follows: ClubFollowsService,
    private readonly config: AppConfig,
  ) {}

  async matchList({ account, t }: Turn, page: number): Promise<Screen> {
    const result = await this.matches.list(Object.assign(new MatchListQuery(), { page, pageSize: PAGE_SIZE }));
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    const rows: InlineKeyboardButton[][] = result.items.map((match) => [button(matchTitle(match, account.language), `mt:${match.id}`)]);
    const nav = pager(t, 'ml', page, pages);
    return {
      text: result.total === 0 ? t.noMatches : t.matches(page, pages),
      keyboard: Markup.inlineKeyboard([...rows, ...(nav.length ? [nav] : []), [button(t.menu.menu, 'menu')]]),
    };
  }

  /** The match's stands, and a button to follow (or stop following) its club's new matches. */
  async chooseStand({ account, t }: Turn, matchId: string, notice?: (club: string) => string): Promise<Screen> {
    const match = await this.matches.get(matchId);
    await this.accounts.setState(account.telegramUserId, { step: 'seat-stand', matchId });
    const rows = match.stands.map((stand) => [
      button(stand.remaining > 0 ? t.standLine(stand.name, formatMoney(stand.price), stand.remaining) : `${stand.name} — ${t.soldOut}`, `st:${stand.standId}`),
    ]);
    const following = await this.follows.follows(account.telegramUserId, match.club.id);
    const follow = following ? button(t.unfollow(match.club.name), `uf:${match.club.id}`) : button(t.follow(match.club.name), `fo:${match.club.id}`);
    const text = t.chooseStand(matchTitle(match, account.language));
    return {
      text: notice ? `${notice(match.club.name)}\n\n${text}` : text,
      keyboard: Markup.inlineKeyboard([...rows, [follow], [button(t.menu.back, 'ml:1'), button(t.menu.menu, 'menu')]]),
    };
  }

  /** Follows or leaves the club of the match on screen, then shows that match again with what changed. */
  async setFollowing(turn: Turn, clubId: string, follow: boolean): Promise<Screen> {
    const { account, t } = turn;
    if (follow) await this.follows.follow(account.telegramUserId, clubId);
    else await this.follows.unfollow(account.telegramUserId, clubId);
    const state = account.state;
    const notice = (club: string) => (follow ? t.followed(club) : t.unfollowed(club));
    if (state.step === 'seat-stand' || state.step === 'seat-quantity') return this.chooseStand(turn, state.matchId, notice);
    return this.matchList(turn, 1);
  }

  async chooseQuantity({ account, t }: Turn, standId: string): Promise<Screen> {
    const state = account.state;
    if (state.step !== 'seat-stand' && state.step !== 'seat-quantity') return this.matchList({ account, t }, 1);
    const match = await this.matches.get(state.matchId);
    const stand = match.stands.find((candidate) => candidate.standId === standId);
    if (!stand) return this.matchList({ account, t }, 1);
    await this.accounts.setState(account.telegramUserId, { step: 'seat-quantity', matchId: match.id, standId });
    const max = Math.min(MAX_SEATS_PER_ORDER, stand.remaining);
    if (max < 1) return { text: t.soldOut, keyboard: Markup.inlineKeyboard([[button(t.menu.back, `mt:${match.id}`)]]) };
    const numbers = Array.from({ length: max }, (_, index) => button(String(index + 1), `q:${index + 1}`));
    const rows = [numbers.slice(0, 5), numbers.slice(5)].filter((row) => row.length > 0);
    return { text: t.chooseQuantity(stand.name, max), keyboard: Markup.inlineKeyboard([...rows, [button(t.menu.back, `mt:${match.id}`)]]) };
  }

  /** Holds the seats; the idempotency key comes from the Telegram update, so a redelivered update holds nothing more. */
  async quantity(ctx: Context, turn: Turn, quantity: number): Promise<void> {
    const { account, t } = turn;
    const state = account.state;
    if (state.step !== 'seat-quantity') return;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_SEATS_PER_ORDER) {
      await ctx.reply(t.chooseQuantity('', MAX_SEATS_PER_ORDER));
      return;
    }
    const caller = await this.buyers.customerFor(account);
    if (!caller) {
      await ctx.reply(t.orderFailed);
      return;
    }
    const item = Object.assign(new SeatItemDto(), { type: 'seat' as const, matchId: state.matchId, standId: state.standId, quantity });
    const idempotencyKey = `telegram-${ctx.update.update_id}-${account.telegramUserId}`;
    try {
      const { order, payment } = await this.withOverloadRetries(ctx, t, () => this.seatOrders.create(caller, [item], 'stripe', { idempotencyKey }));
      await this.accounts.setState(account.telegramUserId, {});
      const match = await this.matches.get(state.matchId);
      const stand = match.stands.find((candidate) => candidate.standId === state.standId);
      const text = t.seatsHeld({
        quantity,
        stand: stand?.name ?? '',
        match: matchTitle(match, account.language),
        total: formatMoney(order.total),
        minutes: this.config.SEAT_HOLD_MINUTES,
      });
      await ctx.reply(text, payment.checkoutUrl ? Markup.inlineKeyboard([[Markup.button.url(t.payButton, payment.checkoutUrl)]]) : undefined);
    } catch (error) {
      if (error instanceof DomainError && error.status < 500) {
        await ctx.reply(t.seatOrderFailed(error.detail ?? error.title));
        return;
      }
      this.logger.error({ err: error }, 'A seat order from Telegram failed');
      await ctx.reply(t.orderFailed);
    }
  }

  private async withOverloadRetries<T>(ctx: Context, t: Texts, attempt: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        const overloaded = error instanceof DomainError && error.code === 'overloaded';
        if (!overloaded || tries > OVERLOAD_RETRIES) throw error;
        if (tries === 1) await ctx.reply(t.overloaded);
        const seconds = (error as DomainError & { retryAfterSeconds?: number }).retryAfterSeconds ?? 1;
        // Jitter spreads the retries of many buyers told the same Retry-After.
        await sleep(Math.min(seconds, MAX_WAIT_SECONDS) * 1000 * (0.5 + Math.random()));
      }
    }
  }
}
