import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, JobName, JobSchedulerKeeper, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

/**
 * Registers the repeating sweeps once per deployment (a job scheduler is an upsert, so every worker may call it),
 * and re-registers them when Redis comes back empty.
 */
@Injectable()
export class SweepsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly keeper: JobSchedulerKeeper;

  constructor(
    @InjectQueue(QueueName.Sweeps) queue: Queue,
    private readonly config: AppConfig,
  ) {
    const every = config.SWEEP_INTERVAL_MS;
    this.keeper = new JobSchedulerKeeper(queue, [
      { name: JobName.ExpireHolds, every },
      { name: JobName.ReconcileOrders, every: every * 2 },
    ]);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.keeper.start(this.config.SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    this.keeper.stop();
  }
}
