import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobName, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

export interface FulfilOrderJob {
  orderId: string;
}

/** Enqueues the fulfilment of a paid order; the job id is the order, so a duplicate request does nothing twice. */
@Injectable()
export class FulfilmentQueue {
  constructor(@InjectQueue(QueueName.Tickets) private readonly queue: Queue<FulfilOrderJob>) {}

  async fulfil(orderId: string, attempt?: string): Promise<void> {
    const jobId = attempt ? `fulfil-${orderId}-${attempt}` : `fulfil-${orderId}`;
    await this.queue.add(JobName.FulfilOrder, { orderId }, { jobId });
  }
}
