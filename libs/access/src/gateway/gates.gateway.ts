import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import { AppConfig, redisOptions } from '@guichet/common';
import Redis from 'ioredis';
import { Namespace, Socket } from 'socket.io';
import { GateAuthService, GateIdentity } from '../gates/gate-auth.service';
import { LiveService } from '../live/live.service';
import { parseHeartbeat, parseScanRef, parseStatus } from './gate-messages';
import { GatePresenceService } from './gate-presence.service';

export const GATES_NAMESPACE = '/gates';

/** Every socket of one gate joins this room; `open` is emitted to it, on whichever API instance it is connected. */
export const gateRoom = (gateId: string) => `gate:${gateId}`;

interface GateSocketData {
  gate: GateIdentity;
}

type GateSocket = Socket<Record<string, (payload: unknown) => void>, Record<string, (payload: unknown) => void>, Record<string, never>, GateSocketData>;

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The gates' websocket: socket.io namespace /gates, authenticated in the handshake (`auth: {gateId, key}`),
 * WebSocket transport only (long-polling would need sticky sessions between API instances).
 *
 * Server → gate: `open {scanId, holdMs}`. Gate → server: `status {doorState, sensorCm}`, `passed {scanId}`,
 * `closed {scanId}`, `heartbeat {at, doorState}`. The socket.io Redis adapter relays emits between API
 * instances, so a scan answered by one instance opens a gate connected to another. A gate's messages are a
 * few dozen bytes, hence the small buffer limit. (These server options and the adapter are per socket.io
 * server, so they would also apply to any other gateway on the HTTP port.)
 */
@WebSocketGateway({ namespace: GATES_NAMESPACE, transports: ['websocket'], serveClient: false, maxHttpBufferSize: 16 * 1024 })
export class GatesGateway implements OnGatewayInit<Namespace>, OnGatewayConnection<GateSocket>, OnApplicationShutdown {
  private readonly logger = new Logger('Gates');
  private namespace: Namespace | undefined;
  private redis: Redis[] = [];
  private lastRedisWarning = 0;

  constructor(
    private readonly auth: GateAuthService,
    private readonly presence: GatePresenceService,
    private readonly config: AppConfig,
    private readonly live: LiveService,
  ) {}

  afterInit(namespace: Namespace): void {
    this.namespace = namespace;
    const pub = new Redis({ ...redisOptions(this.config.REDIS_URL), enableOfflineQueue: true });
    const sub = pub.duplicate();
    this.redis = [pub, sub];
    for (const connection of this.redis) connection.on('error', (error: Error) => this.warnRedis(error));
    // Channels are not keys: ioredis' keyPrefix would not apply, so the adapter gets the prefix itself.
    namespace.server.adapter(createAdapter(pub, sub, { key: `${this.config.REDIS_PREFIX}:socket.io` }));
    namespace.use((socket, next) => {
      const auth = socket.handshake.auth as { gateId?: unknown; key?: unknown } | undefined;
      this.auth.byIdAndKey(auth?.gateId, auth?.key).then(
        (gate) => {
          if (!gate) return next(new Error('unauthorized'));
          (socket.data as GateSocketData).gate = gate;
          next();
        },
        (error: unknown) => {
          this.logger.error(`gate authentication failed: ${errorMessage(error)}`);
          next(new Error('unavailable'));
        },
      );
    });
  }

  handleConnection(socket: GateSocket): void {
    const { gate } = socket.data;
    // A gate has one connection at a time: a reconnection cuts the older sockets, on every instance (a half-open
    // one would otherwise keep receiving `open` locally, see open()).
    this.namespace?.in(gateRoom(gate.id)).except(socket.id).disconnectSockets(true);
    void socket.join(gateRoom(gate.id));
    // One gate's reports are written in the order they arrived (open → closing → closed must end "closed").
    let chain = Promise.resolve();
    // Each report, once written, tells the club's console screens (heartbeats do not: nothing a person watches).
    const told = (work: () => Promise<void>) => async () => {
      await work();
      this.live.gateChanged(gate.id, gate.clubId);
    };
    const inOrder = (what: string, work: () => Promise<void>) => {
      chain = chain.then(work).catch((error: unknown) => this.logger.warn(`gate ${gate.id}: ${what} not recorded: ${errorMessage(error)}`));
    };
    inOrder(
      'connection',
      told(() => this.presence.connected(gate.id, socket.id, socket.handshake.address)),
    );
    socket.on('status', (payload) => {
      const status = parseStatus(payload);
      if (status)
        inOrder(
          'status',
          told(() => this.presence.status(gate.id, status.doorState, status.sensorCm)),
        );
    });
    socket.on('passed', (payload) => {
      const scanRef = parseScanRef(payload);
      if (scanRef) inOrder('passed', () => this.presence.doorEvent(gate.id, 'passed', scanRef));
    });
    socket.on('closed', (payload) => {
      const scanRef = parseScanRef(payload);
      if (scanRef) inOrder('closed', () => this.presence.doorEvent(gate.id, 'closed', scanRef));
    });
    socket.on('heartbeat', (payload) => {
      const { doorState } = parseHeartbeat(payload);
      inOrder('heartbeat', () => this.presence.heartbeat(gate.id, doorState));
    });
    socket.on('disconnect', (reason) =>
      inOrder(
        'disconnection',
        told(() => this.presence.disconnected(gate.id, socket.id, reason)),
      ),
    );
  }

  /**
   * Tells the gate to open for this scan; a no-op where no websocket server runs (e.g. a worker). When the
   * gate is connected to this instance (one instance, or a balancer that sends the gate to one), the emit
   * stays local: relaying it through Redis cost a tenth of a scan's CPU. Otherwise the adapter relays it.
   */
  open(gateId: string, scanId: string, holdMs: number): void {
    const namespace = this.namespace;
    if (!namespace) return;
    const room = gateRoom(gateId);
    const target = namespace.adapter.rooms.has(room) ? namespace.local : namespace;
    target.to(room).emit('open', { scanId, holdMs });
  }

  /** Cuts every socket of the gate, on every instance (its key was rotated or revoked). */
  disconnect(gateId: string): void {
    this.namespace?.in(gateRoom(gateId)).disconnectSockets(true);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.redis.map((connection) => connection.quit().catch(() => connection.disconnect())));
  }

  private warnRedis(error: Error): void {
    if (Date.now() - this.lastRedisWarning < 10_000) return;
    this.lastRedisWarning = Date.now();
    this.logger.warn(`gate websocket relay (Redis): ${error.message}`);
  }
}
