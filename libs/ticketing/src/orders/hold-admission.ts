import { Injectable } from '@nestjs/common';
import { AppConfig, DomainError } from '@guichet/common';
import { TICKETING_ERRORS } from '../ticketing.errors';

/** 503 answered at once when the instance cannot take more buyers; `Retry-After` tells when to come back. */
export class Overloaded extends DomainError {
  declare retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super(
      'overloaded',
      TICKETING_ERRORS.overloaded.status,
      TICKETING_ERRORS.overloaded.title,
      `Many buyers are reserving right now; try again in ${retryAfterSeconds} s with the same Idempotency-Key.`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Connections left to the rest of the instance (webhooks, pages, the sweeper) while holds run. */
const CONNECTIONS_KEPT_FOR_OTHERS = 2;
/** Buyers waiting their turn, first come first served; beyond it, 503 at once. */
const QUEUE_LENGTH = 256;
/** A buyer never waits longer than this in the queue: a 503 after 2 s beats a stall of 10. */
const MAX_WAIT_MS = 2000;

interface Waiter {
  start(): void;
  timer: NodeJS.Timeout;
}

/**
 * Admission control in front of the seat hold, per instance: at most (pool size − 2) holds run at once
 * (more connections on the same hot row only queue inside Postgres, and 64 of them halve its throughput),
 * the next ones wait in a short FIFO queue, and beyond the queue, or after waiting 2 s, the buyer is
 * answered 503 `/overloaded` with `Retry-After` instead of waiting for a pool connection for 10 s.
 */
@Injectable()
export class HoldAdmission {
  private readonly limit: number;
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(config: AppConfig) {
    this.limit = Math.max(1, config.DATABASE_POOL_SIZE - CONNECTIONS_KEPT_FOR_OTHERS);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await this.turn();
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.queue.shift();
      if (next) next.start();
      else this.running--;
    }
  }

  /** Resolves when a running hold hands its slot over (the slot count stays the same). */
  private turn(): Promise<void> {
    if (this.queue.length >= QUEUE_LENGTH) return Promise.reject(new Overloaded(this.retryAfter()));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(waiter), 1);
          reject(new Overloaded(this.retryAfter()));
        }, MAX_WAIT_MS),
      };
      this.queue.push(waiter);
    });
  }

  /** Seconds until the queue has likely drained: 1 s for a short queue, up to 5 s for a full one. */
  private retryAfter(): number {
    return Math.min(5, 1 + Math.floor((this.queue.length / QUEUE_LENGTH) * 4));
  }
}
