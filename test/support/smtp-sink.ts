import type { AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps what it receives, for tests to read. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  /**
   * Deliveries attempted, accepted or not, with their recipients: other apps' sweeps on the shared test
   * database may send through this sink too, so a test counts the attempts for its own address.
   */
  readonly attempts: { at: number; to: string[] }[] = [];
  /** While true, every message is refused with a temporary error (451). */
  refuse = false;
  url = '';

  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => this.receive(stream, session, callback),
  });

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
    return this;
  }

  async waitFor(count: number, timeoutMs = 15000): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${this.messages.length}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.messages;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private receive(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void): void {
    this.attempts.push({ at: Date.now(), to: session.envelope.rcptTo.map((recipient) => recipient.address) });
    if (this.refuse) {
      stream.resume();
      stream.on('end', () => callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 })));
      return;
    }
    simpleParser(stream, { keepCidLinks: true }).then(
      (mail) => {
        this.messages.push(mail);
        callback();
      },
      (error: Error) => callback(error),
    );
  }
}

export const startSmtpSink = () => new SmtpSink().start();
