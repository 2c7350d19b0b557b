import type { Socket } from 'node:net';
import { connect } from 'node:net';

const HEAD_END = Buffer.from('\r\n\r\n');

export interface WireAnswer<T> {
  status: number;
  body: T;
}

/**
 * One keep-alive HTTP/1.1 connection that writes its requests as bytes and reads each answer by its
 * Content-Length, as wrk does. The scan bench's many small requests cost Node's http client about a third
 * of a core; on a 2-core machine shared with the API and Postgres, that was measuring the load generator.
 * Answers without a Content-Length (chunked) are refused: the routes it is used on never send them.
 */
export class WireConnection {
  private received = Buffer.alloc(0);
  private waiting: { resolve(answer: WireAnswer<unknown>): void; reject(error: Error): void } | undefined;

  private constructor(
    private readonly socket: Socket,
    private readonly host: string,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('connection closed')));
  }

  static open(baseUrl: string): Promise<WireConnection> {
    const url = new URL(baseUrl);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(url.port || 80), url.hostname, () => resolve(new WireConnection(socket, url.host)));
      socket.once('error', reject);
    });
  }

  /** One request at a time on this connection. */
  send<T>(method: string, path: string, body: object, headers: Record<string, string>): Promise<WireAnswer<T>> {
    if (this.waiting) return Promise.reject(new Error('one request at a time on a connection'));
    const payload = Buffer.from(JSON.stringify(body));
    const lines = [`${method} ${path} HTTP/1.1`, `host: ${this.host}`, 'content-type: application/json', `content-length: ${payload.length}`];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    return new Promise<WireAnswer<T>>((resolve, reject) => {
      this.waiting = { resolve: resolve as (answer: WireAnswer<unknown>) => void, reject };
      this.socket.write(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.received = this.received.length ? Buffer.concat([this.received, chunk]) : chunk;
    const headEnd = this.received.indexOf(HEAD_END);
    if (headEnd < 0) return;
    const head = this.received.toString('latin1', 0, headEnd);
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1]);
    if (Number.isNaN(length)) return this.fail(new Error(`an answer without Content-Length: ${head.split('\r\n')[0]}`));
    const bodyStart = headEnd + HEAD_END.length;
    if (this.received.length < bodyStart + length) return;
    const text = this.received.toString('utf8', bodyStart, bodyStart + length);
    this.received = this.received.subarray(bodyStart + length);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.resolve({ status: Number(head.slice(9, 12)), body: text ? JSON.parse(text) : undefined });
  }

  private fail(error: Error): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }
}
