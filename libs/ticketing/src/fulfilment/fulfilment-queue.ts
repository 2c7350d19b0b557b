import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobName, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

export interface IssueTicketsJob {
  orderId: string;
}

/** Enqueues ticket issuing; the job id is the order, so a duplicate request issues nothing twice. */
@Injectable()
export class FulfilmentQueue {
  constructor(@InjectQueue(QueueName.Tickets) private readonly queue: Queue<IssueTicketsJob>) {}

  async issueTickets(orderId: string, attempt?: string): Promise<void> {
    const jobId = attempt ? `issue-${orderId}-${attempt}` : `issue-${orderId}`;
    await this.queue.add(JobName.IssueTickets, { orderId }, { jobId });
  }
}
