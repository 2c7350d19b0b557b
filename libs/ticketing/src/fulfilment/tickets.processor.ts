import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@guichet/common';
import { Job } from 'bullmq';
import { TicketIssuerService } from '../tickets/ticket-issuer.service';
import { MatchCancellationService } from './match-cancellation.service';

@Processor(QueueName.Tickets, { concurrency: 4 })
export class TicketsProcessor extends JobProcessor {
  protected readonly queue = QueueName.Tickets;

  constructor(
    private readonly issuer: TicketIssuerService,
    private readonly cancellation: MatchCancellationService,
  ) {
    super();
  }

  protected handlers(): JobHandlers {
    return {
      [JobName.IssueTickets]: (job: Job<{ orderId: string }>) => this.issuer.issue(job.data.orderId),
      [JobName.CancelMatchOrders]: (job: Job<{ matchId: string }>) => this.cancellation.cancel(job.data.matchId),
    };
  }
}
