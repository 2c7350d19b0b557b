import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, JobProcessor, MatchChangedJob, QueueName } from '@guichet/common';
import { Job } from 'bullmq';
import { MatchCancellationService } from './match-cancellation.service';
import { MatchChanges } from './match-changes.service';
import { OrderFulfilmentService } from './order-fulfilment.service';

@Processor(QueueName.Tickets, { concurrency: 4 })
export class TicketsProcessor extends JobProcessor {
  protected readonly queue = QueueName.Tickets;

  constructor(
    private readonly fulfilment: OrderFulfilmentService,
    private readonly cancellation: MatchCancellationService,
    private readonly changes: MatchChanges,
  ) {
    super();
  }

  protected handlers(): JobHandlers {
    return {
      [JobName.FulfilOrder]: (job: Job<{ orderId: string }>) => this.fulfilment.fulfil(job.data.orderId),
      [JobName.CancelMatchOrders]: (job: Job<{ matchId: string }>) => this.cancellation.cancel(job.data.matchId),
      [JobName.MatchChanged]: (job: Job<MatchChangedJob>) => this.changes.changed(job.id ?? job.name, job.data),
    };
  }
}
