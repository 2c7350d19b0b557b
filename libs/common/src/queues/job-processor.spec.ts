import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import type { JobHandlers } from './job-processor';
import { JobProcessor } from './job-processor';
import { JobName, QueueName } from './queue-names';

class IncompleteProcessor extends JobProcessor {
  protected readonly queue = QueueName.Mail;
  protected handlers(): JobHandlers {
    return {};
  }
}

class MailLikeProcessor extends JobProcessor {
  readonly seen: string[] = [];
  protected readonly queue = QueueName.Mail;
  protected handlers(): JobHandlers {
    return { [JobName.SendMail]: (job) => Promise.resolve(this.seen.push(job.id ?? '')) };
  }
}

describe('JobProcessor', () => {
  it('refuses to boot when a job name of its queue has no handler', () => {
    expect(() => new IncompleteProcessor().onApplicationBootstrap()).toThrow(/no handler for: send-mail/);
  });

  it('dispatches by job name and fails unknown names without retry', async () => {
    const processor = new MailLikeProcessor();
    processor.onApplicationBootstrap();
    await processor.process({ id: 'a', name: JobName.SendMail } as Job);
    expect(processor.seen).toEqual(['a']);
    await expect(processor.process({ id: 'b', name: 'nope' } as Job)).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
