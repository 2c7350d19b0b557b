import { getQueueToken } from '@nestjs/bullmq';
import { JOB_ATTEMPTS, MailService, QueueName } from '@guichet/common';
import type { Job, Queue } from 'bullmq';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

async function waitForJob(queue: Queue, id: string, state: 'completed' | 'failed', timeoutMs = 20000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await queue.getJobState(id)) === state) {
      const job = await queue.getJob(id);
      if (job) return job;
    }
    if (Date.now() > deadline) throw new Error(`job ${id} did not reach ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('queued work', () => {
  let t: TestApp;
  let mail: MailService;
  let queue: Queue;
  beforeAll(async () => {
    t = await startTestApp();
    mail = t.app.get(MailService);
    queue = t.app.get<Queue>(getQueueToken(QueueName.Mail));
  });
  afterAll(() => t.close());

  it('sends one mail when the same message is queued twice, even concurrently', async () => {
    const message = { to: 'fan@example.org', subject: 'Your tickets', text: 'See attached.' };
    await Promise.all([mail.send('order-42', message), mail.send('order-42', message), mail.send('order-42', message)]);
    await waitForJob(queue, 'mail-order-42', 'completed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const delivered = t.smtp.messages.filter((m) => m.subject === 'Your tickets');
    expect(delivered).toHaveLength(1);
    expect(delivered[0].headers.get('x-guichet-job')).toBe('mail-order-42');
  });

  it('retries a failing job with growing delays and keeps it in the failed set', async () => {
    // Its own app with a 200 ms base delay, so the doubling stands out from scheduling noise.
    const slow = await startTestApp({ QUEUE_BACKOFF_MS: '200' });
    const t = slow;
    const mail = slow.app.get(MailService);
    const queue = slow.app.get<Queue>(getQueueToken(QueueName.Mail));
    t.smtp.refuse = true;
    const to = `doomed-${Date.now()}@example.org`;
    try {
      await mail.send('doomed', { to, subject: 'Never delivered', text: '...' });
      const job = await waitForJob(queue, 'mail-doomed', 'failed');
      expect(job.attemptsMade).toBe(JOB_ATTEMPTS);
      expect(job.failedReason).toMatch(/451|try later/);
      expect(await queue.getFailed()).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'mail-doomed' })]));

      const times = t.smtp.attempts.filter((attempt) => attempt.to.includes(to)).map((attempt) => attempt.at);
      expect(times).toHaveLength(JOB_ATTEMPTS);
      const gaps = times.slice(1).map((time, i) => time - times[i]);
      // Each gap is at least its backoff, 200 then 400, 800 and 1600 ms: a load on the machine can only lengthen
      // them, while a constant delay would leave the later gaps near 200 ms.
      gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(0.95 * 200 * 2 ** i));
    } finally {
      await slow.close();
    }
  });

  it('fails a job with an unknown name at once, without retries', async () => {
    await queue.add('no-such-job', {}, { jobId: 'unknown-name' });
    const job = await waitForJob(queue, 'unknown-name', 'failed');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/No handler for job "no-such-job"/);
  });
});
