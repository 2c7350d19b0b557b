import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, REDIS } from '@guichet/common';
import Redis from 'ioredis';
import { TicketsChanged, ticketsChangedChannel } from './tickets-changed';

/**
 * Tells that a match's sold tickets changed, after the change committed. Never awaited and never throws: issuing or
 * voiding tickets must not wait on, or fail because of, a screen.
 */
@Injectable()
export class TicketsChangedPublisher {
  private readonly logger = new Logger('Tickets');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  changed(change: TicketsChanged | undefined): void {
    if (!change || change.matchIds.length === 0) return;
    this.redis
      .publish(ticketsChangedChannel(this.config.REDIS_PREFIX), JSON.stringify(change))
      .catch((error: Error) => this.logger.warn(`tickets-changed not told: ${error.message}`));
  }
}
