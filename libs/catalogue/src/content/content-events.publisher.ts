import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ContentPublishedJob, JobName, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

/** Announces a new film, series, season or episode (the bot tells its subscribers); one job per item. */
@Injectable()
export class ContentEventsPublisher {
  constructor(@InjectQueue(QueueName.ContentEvents) private readonly queue: Queue<ContentPublishedJob>) {}

  async published<T extends { id: string }>(type: ContentPublishedJob['type'], item: T): Promise<T> {
    await this.queue.add(JobName.ContentPublished, { type, id: item.id }, { jobId: `published-${type}-${item.id}` });
    return item;
  }
}
