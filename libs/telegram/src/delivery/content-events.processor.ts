import { InjectQueue, Processor } from '@nestjs/bullmq';
import { ContentService, ContentType } from '@guichet/catalogue';
import { ContentPublishedJob, JobHandlers, JobName, JobProcessor, MatchMovedJob, MatchPublishedJob, QueueName } from '@guichet/common';
import { TicketReads } from '@guichet/ticketing';
import { Job, Queue } from 'bullmq';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { ClubFollowsService } from '../follows/club-follows.service';
import { AnnouncementJob } from './relay-message.job';
import { TelegramApi } from './telegram-api';

/** Subscribers are read in chunks so that a large audience never sits in memory at once. */
const CHUNK = 500;

type Delivery = (chatId: string) => { data: AnnouncementJob; jobId: string };

/**
 * A new film, series, season or episode: one announcement job per subscriber; a new match: one per follower of
 * its club; a moved match: one per follower or linked ticket holder. Each job has its own id, so a retried
 * fan-out queues nobody twice.
 */
@Processor(QueueName.ContentEvents, { concurrency: 1 })
export class ContentEventsProcessor extends JobProcessor {
  protected readonly queue = QueueName.ContentEvents;

  constructor(
    private readonly api: TelegramApi,
    private readonly content: ContentService,
    private readonly accounts: TelegramAccountsService,
    private readonly follows: ClubFollowsService,
    private readonly tickets: TicketReads,
    @InjectQueue(QueueName.TelegramDeliveries) private readonly deliveries: Queue<AnnouncementJob>,
  ) {
    super();
  }

  protected handlers(): JobHandlers {
    return {
      [JobName.ContentPublished]: (job: Job<ContentPublishedJob>) => this.fanOut(job.data),
      [JobName.MatchPublished]: (job: Job<MatchPublishedJob>) =>
        this.toFollowers(job.data.clubId, (chatId) => ({
          data: { type: 'match', id: job.data.matchId, chatId },
          jobId: `announce-match-${job.data.matchId}-${chatId}`,
        })),
      [JobName.MatchMoved]: (job: Job<MatchMovedJob>) => this.moved(job.data),
    };
  }

  /**
   * Followers of the club and linked holders of its tickets: the job (and its delivery key) is the same per chat
   * and edit whoever queues it, so someone who both follows and holds is told once.
   */
  private async moved({ matchId, clubId, change, was }: MatchMovedJob): Promise<void> {
    const delivery = (chatId: string) => ({
      data: { type: 'match-moved' as const, id: matchId, chatId, change, was },
      jobId: `announce-match-moved-${change}-${chatId}`,
    });
    await this.toFollowers(clubId, delivery);
    await this.toHolders(matchId, delivery);
  }

  private async fanOut({ type, id }: ContentPublishedJob): Promise<void> {
    if (!this.api.client) return;
    const item = await this.content.describe(type as ContentType, id);
    if (!item || item.archived) return;
    // A retried fan-out adds the same job ids again: BullMQ ignores those, the delivery log backs it up.
    for (let after: string | null = null; ;) {
      const chunk = await this.accounts.subscribers(after, CHUNK);
      if (chunk.length === 0) return;
      await this.deliveries.addBulk(
        chunk.map((subscriber) => ({
          name: JobName.SendAnnouncement,
          data: { type, id, chatId: subscriber.chatId },
          opts: { jobId: `announce-${type}-${id}-${subscriber.chatId}` },
        })),
      );
      after = chunk[chunk.length - 1].telegramUserId;
    }
  }

  /** One job per follower of the club; whether the match is still worth announcing is checked at send time. */
  private async toFollowers(clubId: string, delivery: Delivery): Promise<void> {
    if (!this.api.client) return;
    for (let after: string | null = null; ;) {
      const chunk = await this.follows.followers(clubId, after, CHUNK);
      if (chunk.length === 0) return;
      await this.enqueue(
        chunk.map((follower) => follower.chatId),
        delivery,
      );
      after = chunk[chunk.length - 1].telegramUserId;
    }
  }

  /** One job per ticket holder of the match whose Telegram is linked and who did not send `/stop`. */
  private async toHolders(matchId: string, delivery: Delivery): Promise<void> {
    if (!this.api.client) return;
    for (let after: string | null = null; ;) {
      const customers = await this.tickets.holders(matchId, after, CHUNK);
      if (customers.length === 0) return;
      await this.enqueue(await this.accounts.reachableChatsOf(customers), delivery);
      after = customers[customers.length - 1];
    }
  }

  private async enqueue(chatIds: string[], delivery: Delivery): Promise<void> {
    await this.deliveries.addBulk(
      chatIds.map((chatId) => {
        const { data, jobId } = delivery(chatId);
        return { name: JobName.SendAnnouncement, data, opts: { jobId } };
      }),
    );
  }
}
