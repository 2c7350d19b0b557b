import { Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { ContentService, ContentType, MatchesService } from '@guichet/catalogue';
import { formatKickoff, JobHandlers, JobName, JobProcessor, QueueName, REDIS } from '@guichet/common';
import { TicketReads } from '@guichet/ticketing';
import { DelayedError, Job, Worker } from 'bullmq';
import Redis from 'ioredis';
import { Markup } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { matchTitle } from '../bot/seat-purchase.service';
import { ClubFollowsService } from '../follows/club-follows.service';
import { formatMoney } from '../i18n/format';
import { TEXTS } from '../i18n/texts';
import { OnceSender } from './once-sender.service';
import { AnnouncementJob, MatchMovedAnnouncement, RelayMessageJob } from './relay-message.job';
import { retryAfterMs, TelegramApi } from './telegram-api';

/**
 * Telegram allows about 30 messages a second to different chats; we stay under it. BullMQ's limiter counts
 * in fixed windows (25 per second could be 50 across a window boundary), so it is one message per 40 ms.
 */
export const MESSAGES_PER_SECOND = 25;
const SPACING_MS = 1000 / MESSAGES_PER_SECOND;
/** ...and about one message a second to the same chat; the margin covers the time between the slot and the send. */
const PER_CHAT_INTERVAL_MS = 1100;

/** Set for `retry_after` when Telegram answers 429: every sender of the platform waits it out. */
const PAUSE_KEY = 'tg:pause';

const DETAIL_BUTTON: Record<string, string> = { film: 'f', series: 's', season: 'se', episode: 'e' };

/**
 * Messages that are not answers, sent one by one under Telegram's limits: the queue's limiter keeps the
 * overall rate, a per-chat slot in Redis keeps one message a second per chat, a 429 pauses the whole
 * queue for `retry_after` (the job waits, no attempt is spent), a 403 marks the chat blocked.
 */
@Processor(QueueName.TelegramDeliveries, { concurrency: 5, limiter: { max: 1, duration: SPACING_MS } })
export class TelegramDeliveriesProcessor extends JobProcessor {
  protected readonly queue = QueueName.TelegramDeliveries;
  private readonly logger = new Logger(TelegramDeliveriesProcessor.name);

  constructor(
    private readonly api: TelegramApi,
    private readonly content: ContentService,
    private readonly accounts: TelegramAccountsService,
    private readonly follows: ClubFollowsService,
    private readonly matches: MatchesService,
    private readonly tickets: TicketReads,
    private readonly once: OnceSender,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    super();
  }

  protected handlers(): JobHandlers {
    return {
      [JobName.SendAnnouncement]: (job: Job<AnnouncementJob>) => this.announce(job.data),
      [JobName.RelayMessage]: (job: Job<RelayMessageJob>) => this.relay(job.data),
    };
  }

  override async process(job: Job, token?: string): Promise<unknown> {
    const chatId = (job.data as { chatId: string }).chatId;
    // Jobs already fetched when Telegram said 429 wait too, not only the ones the worker fetches next.
    const wait = Math.max(await this.redis.pttl(PAUSE_KEY), 0) || (await this.chatSlot(chatId));
    if (wait > 0) {
      await job.moveToDelayed(Date.now() + wait, token);
      throw new DelayedError();
    }
    try {
      return await super.process(job);
    } catch (error) {
      const pause = retryAfterMs(error);
      if (pause === undefined) throw error;
      this.logger.warn(`Telegram asked to slow down for ${pause} ms`);
      await this.redis.set(PAUSE_KEY, '1', 'PX', pause);
      await this.worker.rateLimit(pause);
      throw Worker.RateLimitError();
    }
  }

  /** 0 when this chat may get a message now, else how long to wait. */
  private async chatSlot(chatId: string): Promise<number> {
    const key = `tg:chat-slot:${chatId}`;
    if (await this.redis.set(key, '1', 'PX', PER_CHAT_INTERVAL_MS, 'NX')) return 0;
    return Math.max(50, await this.redis.pttl(key));
  }

  private async announce(job: AnnouncementJob): Promise<void> {
    if (job.type === 'match-moved') return this.announceMove(job);
    const { type, id, chatId } = job;
    if (type === 'match') return this.announceMatch(id, chatId);
    const telegram = this.api.client;
    if (!telegram) return;
    const account = await this.accounts.find(chatId);
    // Opted out or blocked since the fan-out: skipped.
    if (!account || !account.subscribed || account.blockedAt) return;
    const item = await this.content.describe(type as ContentType, id);
    if (!item || item.archived) return;
    const t = TEXTS[account.language];
    const title =
      type === 'episode'
        ? `${item.seriesTitle ?? ''} — ${t.episodeLabel(item.episodeNumber ?? 0, item.title ?? '')}`
        : type === 'season'
          ? `${item.seriesTitle ?? ''} — ${t.seasonLabel(item.seasonNumber ?? 0, item.title)}`
          : (item.title ?? '');
    const text = t.announce(t.novelties[type], title, item.price ? formatMoney(item.price) : null);
    const keyboard = Markup.inlineKeyboard([[Markup.button.callback(t.see, `${DETAIL_BUTTON[type]}:${id}`)]]);
    await this.once.send(`announce:${type}:${id}:${chatId}`, chatId, async () => {
      await this.pauseOver();
      return telegram.sendMessage(chatId, text, keyboard);
    });
  }

  /** The chat's account and the match, unless they blocked the bot or the match is off (cancelled, or played). */
  private async upcomingMatch(matchId: string, chatId: string) {
    const account = await this.accounts.find(chatId);
    if (!account || account.blockedAt) return undefined;
    const match = await this.matches.get(matchId).catch(() => undefined);
    if (!match || match.status !== 'scheduled' || new Date(match.kickoffAt).getTime() <= Date.now()) return undefined;
    return { account, match };
  }

  /** As `upcomingMatch`, unless they no longer follow its club. */
  private async followedMatch(matchId: string, chatId: string) {
    const upcoming = await this.upcomingMatch(matchId, chatId);
    if (!upcoming || !(await this.follows.follows(upcoming.account.telegramUserId, upcoming.match.club.id))) return undefined;
    return upcoming;
  }

  /** A new match, to one follower of its club. */
  private async announceMatch(matchId: string, chatId: string): Promise<void> {
    const telegram = this.api.client;
    const followed = telegram && (await this.followedMatch(matchId, chatId));
    if (!telegram || !followed) return;
    const { account, match } = followed;
    const t = TEXTS[account.language];
    const cheapest = match.stands.reduce<(typeof match.stands)[number] | undefined>(
      (min, stand) => (!min || stand.price.amount < min.price.amount ? stand : min),
      undefined,
    );
    const text = t.announceMatch(matchTitle(match, account.language), cheapest ? formatMoney(cheapest.price) : null);
    const keyboard = Markup.inlineKeyboard([[Markup.button.callback(t.see, `mt:${match.id}`)]]);
    await this.once.send(`announce:match:${matchId}:${chatId}`, chatId, async () => {
      await this.pauseOver();
      return telegram.sendMessage(chatId, text, keyboard);
    });
  }

  /**
   * A moved match (what it is now, what changed), to one follower of its club or holder of its tickets; a holder
   * is told their tickets stay valid. Who follows and who holds is read now: the same message whoever queued it.
   */
  private async announceMove({ id, chatId, change, was }: MatchMovedAnnouncement): Promise<void> {
    const telegram = this.api.client;
    const upcoming = telegram && (await this.upcomingMatch(id, chatId));
    if (!telegram || !upcoming) return;
    const { account, match } = upcoming;
    const holds = account.userId !== null && (await this.tickets.holdsSeats(account.userId, id));
    const follows = await this.follows.follows(account.telegramUserId, match.club.id);
    if (!follows && (!holds || account.stoppedAt)) return;
    const t = TEXTS[account.language];
    const retimed = new Date(was.kickoffAt).getTime() !== new Date(match.kickoffAt).getTime();
    const moved = t.matchMoved(
      matchTitle(match, account.language),
      retimed ? formatKickoff(was.kickoffAt, account.language) : null,
      match.venue === was.venue ? null : match.venue === 'away',
    );
    const text = holds ? `${moved}\n${t.ticketsStillValid}` : moved;
    const keyboard = Markup.inlineKeyboard([[Markup.button.callback(t.see, `mt:${match.id}`)]]);
    await this.once.send(`announce:match-moved:${change}:${chatId}`, chatId, async () => {
      await this.pauseOver();
      return telegram.sendMessage(chatId, text, keyboard);
    });
  }

  private async relay({ key, chatId, text }: RelayMessageJob): Promise<void> {
    const telegram = this.api.client;
    if (!telegram) return;
    await this.once.send(key, chatId, async () => {
      await this.pauseOver();
      return telegram.sendMessage(chatId, text);
    });
  }

  /** Checked again right before sending: a job that started before a 429 must not send during the pause. */
  private async pauseOver(): Promise<void> {
    for (let left = await this.redis.pttl(PAUSE_KEY); left > 0; left = await this.redis.pttl(PAUSE_KEY)) {
      await new Promise((resolve) => setTimeout(resolve, left));
    }
  }
}
