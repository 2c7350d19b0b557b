import { io, type Socket } from 'socket.io-client';
import type { DoorController, DoorState, DoorStatus } from '../door/door-controller.js';
import type { Logger } from '../logger.js';
import { Backoff } from './backoff.js';

type ServerToGateEvents = {
  open: (...args: unknown[]) => void;
};

type GateToServerEvents = {
  heartbeat: (beat: { at: string; doorState: DoorState }) => void;
  status: (status: DoorStatus) => void;
  passed: (event: { scanId: string }) => void;
  closed: (event: { scanId: string }) => void;
};

export interface GateSocketOptions {
  serverUrl: string;
  gateId: string;
  gateKey: string;
  heartbeatMs: number;
  reconnect: { minMs: number; maxMs: number; jitter: number };
  door: DoorController;
  log: Logger;
  /** Called on every (re)connection: the moment to sync what piled up offline. */
  onConnect: () => void;
}

// A holdMs beyond this is a server bug; the door must not stay open for an hour.
const MAX_HOLD_MS = 120_000;

/**
 * The gate's outgoing websocket (works behind NAT): socket.io namespace /gates,
 * authenticated by the handshake `auth: { gateId, key }`.
 *
 * Server -> gate: `open { scanId, holdMs? }` (acknowledged with `{ accepted }` if the
 * server asks for an ack). Gate -> server: `status { doorState, sensorCm }` on every
 * change and on connect, `passed { scanId }`, `closed { scanId }`, `heartbeat { at, doorState }`.
 * status and heartbeat are volatile (stale ones are worthless); passed/closed are
 * buffered while disconnected and delivered on reconnection.
 */
export class GateSocket {
  private readonly socket: Socket<ServerToGateEvents, GateToServerEvents>;
  private readonly refusedBackoff: Backoff;
  private heartbeat: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closing = false;
  private readonly detachDoor: () => void;

  constructor(private readonly options: GateSocketOptions) {
    const { reconnect } = options;
    this.refusedBackoff = new Backoff(reconnect);
    this.socket = io(`${options.serverUrl}/gates`, {
      autoConnect: false,
      auth: { gateId: options.gateId, key: options.gateKey },
      // WebSocket only: long-polling needs sticky sessions across API instances.
      transports: ['websocket'],
      reconnectionDelay: reconnect.minMs,
      reconnectionDelayMax: reconnect.maxMs,
      randomizationFactor: reconnect.jitter,
    });
    this.socket.on('connect', () => this.onConnected());
    this.socket.on('disconnect', (reason) => this.onDisconnected(reason));
    this.socket.on('connect_error', (error) => this.onConnectError(error));
    this.socket.on('open', (payload, ack) => this.onOpen(payload, ack));
    this.detachDoor = this.forwardDoorEvents(options.door);
  }

  connect(): void {
    this.options.log.info('connecting to the server', { url: `${this.options.serverUrl}/gates` });
    this.socket.connect();
  }

  isConnected(): boolean {
    return this.socket.connected;
  }

  close(): void {
    this.closing = true;
    clearTimeout(this.retry);
    this.stopHeartbeat();
    this.detachDoor();
    this.socket.disconnect();
  }

  private onConnected(): void {
    const { log, door, heartbeatMs } = this.options;
    this.refusedBackoff.reset();
    log.info('connected to the server', { socketId: this.socket.id });
    this.socket.volatile.emit('status', door.status());
    this.stopHeartbeat();
    this.heartbeat = setInterval(() => {
      this.socket.volatile.emit('heartbeat', { at: new Date().toISOString(), doorState: door.status().doorState });
    }, heartbeatMs);
    this.options.onConnect();
  }

  private onDisconnected(reason: Socket.DisconnectReason): void {
    this.stopHeartbeat();
    if (this.closing) return;
    this.options.log.warn('disconnected from the server', { reason });
    // socket.io reconnects by itself except when the server itself cut us off.
    if (reason === 'io server disconnect') this.retryLater();
  }

  private onConnectError(error: Error): void {
    if (this.closing) return;
    if (this.socket.active) {
      // Transport failure: socket.io's own backoff (reconnectionDelay/Max) is retrying.
      this.options.log.warn('server unreachable, retrying', { error: error.message });
      return;
    }
    // Refused by the namespace middleware (e.g. "unauthorized"): socket.io gives up, we do not.
    this.options.log.error('server refused the connection', { error: error.message });
    this.retryLater();
  }

  private retryLater(): void {
    clearTimeout(this.retry);
    const delayMs = this.refusedBackoff.next();
    this.options.log.info('retrying the connection later', { inMs: delayMs });
    this.retry = setTimeout(() => {
      if (!this.closing) this.socket.connect();
    }, delayMs);
  }

  private onOpen(payload: unknown, ack: unknown): void {
    const reply = typeof ack === 'function' ? (answer: { accepted: boolean }) => ack(answer) : () => undefined;
    const request = parseOpen(payload);
    if (!request) {
      this.options.log.warn('ignored a malformed open from the server');
      reply({ accepted: false });
      return;
    }
    this.options.door.open(request.scanId, request.holdMs);
    reply({ accepted: true });
  }

  private forwardDoorEvents(door: DoorController): () => void {
    const onStatus = (status: DoorStatus): void => {
      if (this.socket.connected) this.socket.volatile.emit('status', status);
    };
    const onPassed = (event: { scanId: string }): void => {
      this.socket.emit('passed', event);
    };
    const onClosed = (event: { scanId: string }): void => {
      this.socket.emit('closed', event);
    };
    door.on('status', onStatus);
    door.on('passed', onPassed);
    door.on('closed', onClosed);
    return () => {
      door.off('status', onStatus);
      door.off('passed', onPassed);
      door.off('closed', onClosed);
    };
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}

function parseOpen(payload: unknown): { scanId: string; holdMs?: number } | null {
  if (typeof payload !== 'object' || payload === null || !('scanId' in payload)) return null;
  const { scanId } = payload;
  if (typeof scanId !== 'string' || scanId === '') return null;
  const holdMs = 'holdMs' in payload ? payload.holdMs : undefined;
  if (holdMs === undefined || holdMs === null) return { scanId };
  if (typeof holdMs !== 'number' || !Number.isFinite(holdMs) || holdMs <= 0) return null;
  return { scanId, holdMs: Math.min(holdMs, MAX_HOLD_MS) };
}
