import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

export interface RepeatingJob {
  name: string;
  every: number;
}

/**
 * Registers repeating jobs and keeps them registered: a Redis that restarts empty (or is flushed) loses its job
 * schedulers without the connection ever dropping, so they are checked every `checkEveryMs` and re-created
 * when missing. Creating one is an upsert, so several workers may do this at once.
 */
export class JobSchedulerKeeper {
  private readonly logger = new Logger(JobSchedulerKeeper.name);
  private timer?: NodeJS.Timeout;
  /** A check waiting on a Redis that is down is not stacked with more. */
  private checking = false;

  constructor(
    private readonly queue: Queue,
    private readonly jobs: RepeatingJob[],
  ) {}

  async start(checkEveryMs: number): Promise<void> {
    for (const job of this.jobs) await this.register(job);
    this.timer = setInterval(() => void this.restoreMissing(), checkEveryMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async restoreMissing(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const job of this.jobs) {
        if (await this.queue.getJobScheduler(job.name)) continue;
        await this.register(job);
        this.logger.warn(`Re-registered the repeating job ${job.name} (Redis lost it)`);
      }
    } catch (error) {
      // Redis down: the next check tries again.
      this.logger.debug(`Repeating jobs not checked: ${(error as Error).message}`);
    } finally {
      this.checking = false;
    }
  }

  private register(job: RepeatingJob) {
    return this.queue.upsertJobScheduler(job.name, { every: job.every }, { name: job.name });
  }
}
