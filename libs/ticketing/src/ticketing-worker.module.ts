import { Module } from '@nestjs/common';
import { PaymentEventsProcessor } from './fulfilment/payment-events.processor';
import { TicketsProcessor } from './fulfilment/tickets.processor';
import { SweepsProcessor } from './sweeps/sweeps.processor';
import { SweepsScheduler } from './sweeps/sweeps.scheduler';
import { TicketingModule } from './ticketing.module';

/** The consumers of ticketing's queues and the repeating sweeps; loaded by the worker app only. */
@Module({
  imports: [TicketingModule],
  providers: [TicketsProcessor, PaymentEventsProcessor, SweepsProcessor, SweepsScheduler],
})
export class TicketingWorkerModule {}
