import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, JobName, JobSchedulerKeeper, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

const HOURLY = 60 * 60 * 1000;

/** Registers the hourly catalogue sweep (an upsert: every worker may call it) and restores it after Redis lost it. */
@Injectable()
export class CatalogueSweepsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly keeper: JobSchedulerKeeper;

  constructor(
    @InjectQueue(QueueName.CatalogueSweeps) queue: Queue,
    private readonly config: AppConfig,
  ) {
    this.keeper = new JobSchedulerKeeper(queue, [{ name: JobName.SweepAbandonedUploads, every: HOURLY }]);
  }

  onApplicationBootstrap(): Promise<void> {
    // Checked as often as the other sweeps, not hourly: an hour without the schedule would skip a sweep.
    return this.keeper.start(this.config.SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    this.keeper.stop();
  }
}
