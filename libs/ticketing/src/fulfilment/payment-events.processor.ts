import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, JobProcessor, PaymentEventJob, QueueName } from '@guichet/common';
import { Job } from 'bullmq';
import { PaymentOutcomesService } from './payment-outcomes.service';

@Processor(QueueName.PaymentEvents, { concurrency: 4 })
export class PaymentEventsProcessor extends JobProcessor {
  protected readonly queue = QueueName.PaymentEvents;

  constructor(private readonly outcomes: PaymentOutcomesService) {
    super();
  }

  protected handlers(): JobHandlers {
    return {
      [JobName.PaymentSucceeded]: (job: Job<PaymentEventJob>) => this.outcomes.succeeded(job.data),
      [JobName.PaymentFailed]: (job: Job<PaymentEventJob>) => this.outcomes.failed(job.data),
      [JobName.PaymentRefunded]: (job: Job<PaymentEventJob>) => this.outcomes.refunded(job.data),
    };
  }
}
