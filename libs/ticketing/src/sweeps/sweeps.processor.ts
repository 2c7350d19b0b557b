import { Processor } from '@nestjs/bullmq';
import { JobHandlers, JobName, JobProcessor, QueueName } from '@guichet/common';
import { SweepsService } from './sweeps.service';

@Processor(QueueName.Sweeps, { concurrency: 1 })
export class SweepsProcessor extends JobProcessor {
  protected readonly queue = QueueName.Sweeps;

  constructor(private readonly sweeps: SweepsService) {
    super();
  }

  protected handlers(): JobHandlers {
    return {
      [JobName.ExpireHolds]: () => this.sweeps.expireHolds(),
      [JobName.ReconcileOrders]: () => this.sweeps.reconcile(),
    };
  }
}
