import { UnrecoverableError } from 'bullmq';
import type { Transporter } from 'nodemailer';
import { createTransport } from 'nodemailer';
import type { MailMessage } from './mail-message';
import { MailTransport } from './mail-transport';

/** Sends through SMTP_URL; a permanent refusal (5xx, e.g. unknown mailbox) is not retried. */
export class SmtpMailTransport extends MailTransport {
  readonly kind = 'smtp' as const;
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport(smtpUrl);
  }

  async deliver(jobId: string, message: MailMessage): Promise<void> {
    const { to, subject, text, html, attachments = [] } = message;
    try {
      await this.transporter.sendMail({
        from: this.from,
        to,
        subject,
        text,
        html,
        // Lets the receiving side drop a duplicate if a retry happens after a lost acknowledgement.
        headers: { 'X-Guichet-Job': jobId },
        attachments: attachments.map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: Buffer.from(attachment.contentBase64, 'base64'),
          cid: attachment.cid,
        })),
      });
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode;
      if (responseCode !== undefined && responseCode >= 500) {
        throw new UnrecoverableError(`SMTP refused the message permanently (${responseCode})`);
      }
      throw error;
    }
  }

  override close(): void {
    this.transporter.close();
  }
}
