import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobName, OrderFulfilledJob, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

/** Announces a delivered order (the bot sends tickets or the library link to the buyer's chat); once per order. */
@Injectable()
export class OrderEventsPublisher {
  constructor(@InjectQueue(QueueName.OrderEvents) private readonly queue: Queue<OrderFulfilledJob>) {}

  async fulfilled(event: OrderFulfilledJob): Promise<void> {
    await this.queue.add(JobName.OrderFulfilled, event, { jobId: `fulfilled-${event.orderId}` });
  }
}
