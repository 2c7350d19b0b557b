import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobName, PaymentEventJob, PaymentReviewedJob, QueueName } from '@guichet/common';
import { Queue } from 'bullmq';

/**
 * Tells whoever follows the review queue (the Telegram admin chat, the buyer's chat) that a proof arrived
 * or a decision was made; payments does not know who listens. One job per payment and step.
 */
@Injectable()
export class ReviewEventsPublisher {
  constructor(@InjectQueue(QueueName.PaymentReviewEvents) private readonly queue: Queue) {}

  async proofReceived(event: PaymentEventJob, proofKey: string): Promise<void> {
    // A new proof for the same payment (re-upload) is a new event: the key names the stored file.
    await this.queue.add(JobName.ProofReceived, event, { jobId: `proof-${event.paymentId}-${proofKey.replace(/[^a-zA-Z0-9-]/g, '-')}` });
  }

  async reviewed(event: PaymentReviewedJob): Promise<void> {
    await this.queue.add(JobName.PaymentReviewed, event, { jobId: `reviewed-${event.paymentId}` });
  }
}
