import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { OnApplicationShutdown } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobHandlers, JobProcessor } from '../queues/job-processor';
import { JobName, QueueName } from '../queues/queue-names';
import { MailFailures } from './mail-failures';
import { MailMessage } from './mail-message';
import { MailTransport } from './mail-transport';

@Processor(QueueName.Mail, { concurrency: 4 })
export class MailProcessor extends JobProcessor implements OnApplicationShutdown {
  protected readonly queue = QueueName.Mail;

  constructor(
    private readonly transport: MailTransport,
    private readonly failures: MailFailures,
  ) {
    super();
  }

  protected handlers(): JobHandlers {
    return { [JobName.SendMail]: (job: Job<MailMessage>) => this.transport.deliver(String(job.id), job.data) };
  }

  /** BullMQ reports every failed attempt; only the last one (the job is now in the failed set) is a lost mail. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<MailMessage> | undefined, error: Error): Promise<void> {
    if (!job || (await job.getState()) !== 'failed') return;
    await this.failures.record(job, error);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
