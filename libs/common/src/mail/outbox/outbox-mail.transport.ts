import type { MailMessage } from '../mail-message';
import { MailTransport } from '../mail-transport';
import type { OutboxStore } from './outbox.store';

/** Keeps mail in the local outbox instead of sending it (SMTP_URL unset, never in production). */
export class OutboxMailTransport extends MailTransport {
  readonly kind = 'outbox' as const;

  constructor(private readonly outbox: OutboxStore) {
    super();
  }

  async deliver(jobId: string, message: MailMessage): Promise<void> {
    await this.outbox.add(jobId, message);
  }
}
