import { MailerService } from '@nestjs-modules/mailer';
import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { JobHandlers, JobProcessor } from '../queues/job-processor';
import { JobName, QueueName } from '../queues/queue-names';
import { MailMessage } from './mail-message';

@Processor(QueueName.Mail, { concurrency: 4 })
export class MailProcessor extends JobProcessor {
  protected readonly queue = QueueName.Mail;

  constructor(private readonly mailer: MailerService) {
    super();
  }

  protected handlers(): JobHandlers {
    return { [JobName.SendMail]: (job) => this.deliver(job) };
  }

  private async deliver(job: Job<MailMessage>): Promise<void> {
    const { to, subject, text, html, attachments = [] } = job.data;
    await this.mailer.sendMail({
      to,
      subject,
      text,
      html,
      // Lets the receiving side drop a duplicate if a retry happens after a lost acknowledgement.
      headers: { 'X-Guichet-Job': String(job.id) },
      attachments: attachments.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: Buffer.from(attachment.contentBase64, 'base64'),
        cid: attachment.cid,
      })),
    });
  }
}
