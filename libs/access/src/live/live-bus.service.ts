import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, redisOptions } from '@guichet/common';
import { parseTicketsChanged, ticketsChangedChannel } from '@guichet/ticketing';
import Redis from 'ioredis';
import { Observable, share, Subject } from 'rxjs';
import { LiveEvent, parseLiveEvent } from './live-event';

/**
 * Live events through Redis pub/sub, so that a scan answered by one API instance reaches a console streaming
 * from another. Publishing never fails the caller (a scan must not wait on, or fail because of, a screen);
 * the subscriber connection is opened only when a console first listens, so the worker never opens one.
 * It also hears ticketing's tickets-changed (a sale issued by a worker, a refund): what a match has sold is
 * attendance too, and the worker that issues tickets does not load this bus.
 */
@Injectable()
export class LiveBus implements OnApplicationShutdown {
  private readonly logger = new Logger('Live');
  private publisher: Redis | undefined;
  private subscriber: Redis | undefined;
  private subscribed: Promise<void> = Promise.resolve();
  private readonly incoming = new Subject<LiveEvent>();
  private lastWarning = 0;
  readonly events: Observable<LiveEvent>;

  constructor(private readonly config: AppConfig) {
    this.events = new Observable<LiveEvent>((observer) => {
      this.subscribe();
      const subscription = this.incoming.subscribe(observer);
      return () => subscription.unsubscribe();
    }).pipe(share());
  }

  // Channels are not keys: ioredis' keyPrefix would not apply, so the channel carries the prefix itself.
  private get channel(): string {
    return `${this.config.REDIS_PREFIX}:live`;
  }

  private get ticketsChannel(): string {
    return ticketsChangedChannel(this.config.REDIS_PREFIX);
  }

  /** Resolves once this instance's subscription is in place (the first listener opens it). */
  listening(): Promise<void> {
    return this.subscribed;
  }

  publish(event: LiveEvent): void {
    this.publisher ??= this.connect();
    this.publisher.publish(this.channel, JSON.stringify(event)).catch((error: Error) => this.warn(error));
  }

  async onApplicationShutdown(): Promise<void> {
    this.incoming.complete();
    const connections = [this.publisher, this.subscriber].filter((connection): connection is Redis => connection !== undefined);
    await Promise.all(connections.map((connection) => connection.quit().catch(() => connection.disconnect())));
  }

  private subscribe(): void {
    if (this.subscriber) return;
    this.subscriber = this.connect();
    this.subscriber.on('message', (channel: string, message: string) => {
      for (const event of this.eventsOf(channel, message)) this.incoming.next(event);
    });
    this.subscribed = this.subscriber.subscribe(this.channel, this.ticketsChannel).then(
      () => undefined,
      (error: Error) => this.warn(error),
    );
  }

  /** A sale or a refund is told as the attendance of each match it touched: the screens reload the same counts. */
  private eventsOf(channel: string, message: string): LiveEvent[] {
    if (channel === this.channel) {
      const event = parseLiveEvent(message);
      return event ? [event] : [];
    }
    const change = channel === this.ticketsChannel ? parseTicketsChanged(message) : undefined;
    return change ? change.matchIds.map((matchId): LiveEvent => ({ type: 'attendance', clubId: change.clubId, matchId })) : [];
  }

  private connect(): Redis {
    const connection = new Redis({ ...redisOptions(this.config.REDIS_URL), enableOfflineQueue: true });
    connection.on('error', (error: Error) => this.warn(error));
    return connection;
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastWarning < 10_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`live events (Redis): ${error.message}`);
  }
}
