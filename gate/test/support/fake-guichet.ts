import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import type { ScanStatus } from '../../src/server/guichet-api.js';

export interface GateEvent {
  event: string;
  payload: unknown;
}

export interface FakeGuichetOptions {
  gateId: string;
  key: string;
  port?: number;
  bundle?: unknown;
  scanAnswer?: (code: string) => { status: ScanStatus; scanId?: string };
}

/**
 * A stand-in for the Guichet API on loopback: the three gate HTTP routes (checking
 * X-Gate-Key) and the socket.io namespace /gates (checking the handshake auth).
 */
export class FakeGuichet {
  readonly scans: Array<{ code: unknown; gateId: unknown }> = [];
  readonly uploads: unknown[] = [];
  readonly gateEvents: GateEvent[] = [];
  readonly connectAttempts: Array<{ at: number; auth: unknown }> = [];
  bundleRequests = 0;
  acceptedKey: string;
  acceptSockets = true;
  uploadStatus = 200;
  bundle: unknown;
  scanAnswer: (code: string) => { status: ScanStatus; scanId?: string };
  gateSocket: Socket | undefined;
  private readonly http = createServer((request, response) => void this.route(request, response));
  private readonly io = new Server(this.http);

  private constructor(private readonly options: FakeGuichetOptions) {
    this.acceptedKey = options.key;
    this.bundle = options.bundle;
    this.scanAnswer = options.scanAnswer ?? (() => ({ status: 'ok' }));
    const gates = this.io.of('/gates');
    gates.use((socket, next) => {
      const auth: unknown = socket.handshake.auth;
      this.connectAttempts.push({ at: Date.now(), auth });
      const ok =
        typeof auth === 'object' &&
        auth !== null &&
        'gateId' in auth &&
        'key' in auth &&
        auth.gateId === options.gateId &&
        auth.key === this.acceptedKey &&
        this.acceptSockets;
      next(ok ? undefined : new Error('unauthorized'));
    });
    gates.on('connection', (socket) => {
      this.gateSocket = socket;
      socket.onAny((event: string, payload: unknown) => this.gateEvents.push({ event, payload }));
    });
  }

  static async start(options: FakeGuichetOptions): Promise<FakeGuichet> {
    const fake = new FakeGuichet(options);
    await new Promise<void>((resolve, reject) => {
      fake.http.once('error', reject);
      fake.http.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  events(name: string): unknown[] {
    return this.gateEvents.filter((entry) => entry.event === name).map((entry) => entry.payload);
  }

  async close(): Promise<void> {
    this.io.disconnectSockets(true);
    await new Promise<void>((resolve) => {
      void this.io.close(() => resolve());
      // fetch keeps idle connections alive; do not wait for them.
      this.http.closeAllConnections();
    });
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const reply = (status: number, body?: unknown): void => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (request.headers['x-gate-key'] !== this.acceptedKey) return reply(401, { title: 'Unauthorized' });
    const body = await readJson(request);
    const gatePath = `/api/v1/gates/${this.options.gateId}`;
    if (request.method === 'POST' && request.url === '/api/v1/access/scan') {
      const scan = body as { code?: unknown; gateId?: unknown };
      this.scans.push({ code: scan.code, gateId: scan.gateId });
      return reply(200, this.scanAnswer(String(scan.code)));
    }
    if (request.method === 'GET' && request.url === `${gatePath}/offline-bundle`) {
      this.bundleRequests += 1;
      return this.bundle === undefined ? reply(404, { title: 'No bundle' }) : reply(200, this.bundle);
    }
    if (request.method === 'POST' && request.url === `${gatePath}/scans`) {
      if (this.uploadStatus !== 200) return reply(this.uploadStatus, { title: 'Unavailable' });
      this.uploads.push(body);
      return reply(200, { accepted: true });
    }
    reply(404, { title: 'Not found' });
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}
