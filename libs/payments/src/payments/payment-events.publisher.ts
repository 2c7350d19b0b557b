import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobName, PaymentEventJob, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

export type PaymentOutcome = JobName.PaymentSucceeded | JobName.PaymentFailed | JobName.PaymentRefunded;

/** Announces a payment outcome as a durable job; whoever sold the order applies it (payments never imports them). */
@Injectable()
export class PaymentEventsPublisher {
  constructor(@InjectQueue(QueueName.PaymentEvents) private readonly queue: Queue<PaymentEventJob>) {}

  async publish(outcome: PaymentOutcome, event: PaymentEventJob): Promise<void> {
    await this.queue.add(outcome, event, { jobId: `${outcome}-${event.paymentId}` });
  }
}
