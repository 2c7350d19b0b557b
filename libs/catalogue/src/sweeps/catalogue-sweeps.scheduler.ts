import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

const HOURLY = 60 * 60 * 1000;

/** Registers the hourly catalogue sweep (an upsert: every worker may call it). */
@Injectable()
export class CatalogueSweepsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.CatalogueSweeps) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(JobName.SweepAbandonedUploads, { every: HOURLY }, { name: JobName.SweepAbandonedUploads });
  }
}
