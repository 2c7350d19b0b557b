import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobName, MatchMovedJob, MatchPublishedJob, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

/** Tells whoever listens (the bot: followers of the club, and of a move its ticket holders) that a match was scheduled (one job per match) or moved (one per edit). */
@Injectable()
export class MatchEventsPublisher {
  constructor(@InjectQueue(QueueName.ContentEvents) private readonly queue: Queue<MatchPublishedJob | MatchMovedJob>) {}

  async published(match: { id: string; club: { id: string } }): Promise<void> {
    await this.queue.add(JobName.MatchPublished, { matchId: match.id, clubId: match.club.id }, { jobId: `match-published-${match.id}` });
  }

  async moved(event: MatchMovedJob): Promise<void> {
    await this.queue.add(JobName.MatchMoved, event, { jobId: `match-moved-${event.change}` });
  }
}
