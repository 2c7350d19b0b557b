import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, QueueName } from '../queues/queue-names';
import { MailMessage } from './mail-message';

/** Sends mail off the request path: the message is queued and a worker delivers it. */
@Injectable()
export class MailService {
  constructor(@InjectQueue(QueueName.Mail) private readonly queue: Queue<MailMessage>) {}

  /** `key` identifies the message: queuing the same key twice sends one mail. */
  async send(key: string, message: MailMessage): Promise<void> {
    await this.queue.add(JobName.SendMail, message, { jobId: `mail-${key.replace(/:/g, '-')}` });
  }
}
