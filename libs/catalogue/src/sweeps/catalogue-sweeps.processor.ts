import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@guichet/common';
import { MediaService } from '../content/media/media.service';

/** A resumable upload idle this long is abandoned: two days leave room for a slow phone on a weekend. */
export const ABANDONED_UPLOAD_HOURS = 48;

@Processor(QueueName.CatalogueSweeps, { concurrency: 1 })
export class CatalogueSweepsProcessor extends JobProcessor {
  protected readonly queue = QueueName.CatalogueSweeps;

  constructor(private readonly media: MediaService) {
    super();
  }

  protected handlers(): JobHandlers {
    return { [JobName.SweepAbandonedUploads]: () => this.media.sweepAbandonedUploads(ABANDONED_UPLOAD_HOURS) };
  }
}
