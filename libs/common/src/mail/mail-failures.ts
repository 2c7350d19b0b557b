import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { QueueName } from '../queues/queue-names';
import { REDIS } from '../redis/redis.module';
import { notFound } from '../errors/domain-error';
import { commonError } from '../errors/error-codes';
import { MailMessage } from './mail-message';

const FAILED_TOTAL_KEY = 'mail:failed-total';

/** `ada@example.org` → `example.org`: enough to see a pattern (one provider refusing), never who. */
export const recipientDomain = (to: string): string => /@([^@\s>]+)>?\s*$/.exec(to)?.[1]?.toLowerCase() ?? 'unknown';

/** Why it failed, without the error message (SMTP replies quote the address). */
const reasonOf = (error: Error): string => {
  const { code, responseCode } = error as Error & { code?: string; responseCode?: number };
  return [error.name, code, responseCode].filter((part) => part !== undefined).join(' ');
};

/** Mail that ended failed, after its last attempt: one error line each, and counted for the dashboard. */
@Injectable()
export class MailFailures {
  private readonly logger = new Logger('Mail');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @InjectQueue(QueueName.Mail) private readonly queue: Queue<MailMessage>,
  ) {}

  async record(job: Job<MailMessage>, error: Error): Promise<void> {
    await this.redis.incr(FAILED_TOTAL_KEY);
    this.logger.error(
      { jobId: job.id, recipientDomain: recipientDomain(job.data.to), attempts: job.attemptsMade, reason: reasonOf(error) },
      'A mail could not be delivered and was given up',
    );
  }

  /** `failed`: in the queue's failed set now (kept 14 days); `failedTotal`: every mail ever given up. */
  async counts(): Promise<{ failed: number; failedTotal: number }> {
    const [failed, total] = await Promise.all([this.queue.getFailedCount(), this.redis.get(FAILED_TOTAL_KEY)]);
    return { failed, failedTotal: Number(total ?? 0) };
  }

  /** The failed mails still kept, newest first, for the admin to see and retry. */
  async failedJobs(limit = 100): Promise<{ id: string; to: string; subject: string; attempts: number; failedAt: string | null }[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((job) => ({
      id: String(job.id),
      to: job.data.to,
      subject: job.data.subject,
      attempts: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }));
  }

  /** Puts a failed mail back in the queue for a fresh round of attempts. */
  async retry(jobId: string): Promise<void> {
    const job = await this.queue.getJob(jobId);
    if (!job) throw notFound('Mail');
    if (!(await job.isFailed())) throw commonError('mail-not-failed', 'Only a failed mail can be retried.');
    await job.retry('failed');
  }
}
