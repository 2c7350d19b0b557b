import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';

export interface OpenRequest {
  scanId: string;
  holdMs: number;
}

/** A stand-in gate device on socket.io-client, as the gate program connects (namespace /gates, WebSocket only). */
export class FakeGateSocket {
  readonly opens: OpenRequest[] = [];
  readonly socket: Socket;

  private constructor(url: string, gateId: string, key: string) {
    this.socket = io(`${url}/gates`, { auth: { gateId, key }, transports: ['websocket'], reconnection: false, forceNew: true });
    this.socket.on('open', (payload: OpenRequest) => this.opens.push(payload));
  }

  /** Resolves once connected; rejects with the server's refusal (e.g. "unauthorized"). */
  static connect(url: string, gateId: string, key: string): Promise<FakeGateSocket> {
    const gate = new FakeGateSocket(url, gateId, key);
    return new Promise((resolve, reject) => {
      gate.socket.once('connect', () => resolve(gate));
      gate.socket.once('connect_error', (error) => {
        gate.socket.close();
        reject(error);
      });
    });
  }

  async waitForOpen(scanId: string, timeoutMs = 5000): Promise<OpenRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.opens.find((open) => open.scanId === scanId);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no open for scan ${scanId}; got ${JSON.stringify(this.opens)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Resolves when the server cuts this socket (revoked or re-keyed gate). */
  disconnected(timeoutMs = 5000): Promise<string> {
    if (!this.socket.connected) return Promise.resolve('already disconnected');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('still connected')), timeoutMs);
      this.socket.once('disconnect', (reason) => {
        clearTimeout(timer);
        resolve(reason);
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** The refusal message of a connection attempt that must fail. */
export async function refusedConnection(url: string, gateId: string, key: string): Promise<string> {
  try {
    const gate = await FakeGateSocket.connect(url, gateId, key);
    gate.close();
    return 'connected';
  } catch (error) {
    return (error as Error).message;
  }
}
