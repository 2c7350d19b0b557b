import type { MailMessage } from './mail-message';

/** Where a queued mail goes: an SMTP relay, or the local outbox when SMTP_URL is unset outside production. */
export abstract class MailTransport {
  abstract readonly kind: 'smtp' | 'outbox';
  /** `jobId` travels with the message so a duplicate delivery can be recognised. */
  abstract deliver(jobId: string, message: MailMessage): Promise<void>;
  close(): void {}
}
