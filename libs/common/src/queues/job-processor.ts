import type { OnApplicationBootstrap } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import type { JobName, QueueName } from './queue-names';
import { JOBS_BY_QUEUE } from './queue-names';

export type JobHandlers = Partial<Record<JobName, (job: Job) => Promise<unknown>>>;

/**
 * Base of every queue consumer: dispatches by job name, refuses unknown names for good,
 * and fails the boot when a job name of its queue has no handler.
 */
export abstract class JobProcessor extends WorkerHost implements OnApplicationBootstrap {
  protected abstract readonly queue: QueueName;
  protected abstract handlers(): JobHandlers;

  onApplicationBootstrap(): void {
    const handled = this.handlers();
    const missing = JOBS_BY_QUEUE[this.queue].filter((name) => !handled[name]);
    if (missing.length > 0) {
      throw new Error(`Queue "${this.queue}" has no handler for: ${missing.join(', ')}`);
    }
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers()[job.name as JobName];
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${this.queue}"`);
    return handler(job);
  }
}
