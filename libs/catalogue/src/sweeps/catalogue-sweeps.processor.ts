import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@guichet/common';
import { ResumableUploadsService } from '../content/media/resumable-uploads.service';

/** A resumable upload idle this long is abandoned: two days leave room for a slow phone on a weekend. */
export const ABANDONED_UPLOAD_HOURS = 48;

@Processor(QueueName.CatalogueSweeps, { concurrency: 1 })
export class CatalogueSweepsProcessor extends JobProcessor {
  protected readonly queue = QueueName.CatalogueSweeps;

  constructor(private readonly uploads: ResumableUploadsService) {
    super();
  }

  protected handlers(): JobHandlers {
    return { [JobName.SweepAbandonedUploads]: () => this.uploads.sweepAbandoned(ABANDONED_UPLOAD_HOURS) };
  }
}
