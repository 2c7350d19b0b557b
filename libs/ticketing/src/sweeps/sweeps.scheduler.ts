import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JobName, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

/** Registers the repeating sweeps once per deployment (a job scheduler is an upsert, so every worker may call it). */
@Injectable()
export class SweepsScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Sweeps) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.SWEEP_INTERVAL_MS;
    await this.queue.upsertJobScheduler(JobName.ExpireHolds, { every }, { name: JobName.ExpireHolds });
    await this.queue.upsertJobScheduler(JobName.ReconcileOrders, { every: every * 2 }, { name: JobName.ReconcileOrders });
  }
}
