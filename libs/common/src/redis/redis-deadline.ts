import { DomainError } from '../errors/domain-error';
import { COMMON_ERRORS } from '../errors/error-codes';

/** How long a request waits for Redis before answering 503: ioredis would otherwise retry for ~9 s. */
export const REDIS_DEADLINE_MS = 750;
/** What a 503 for a missing dependency tells clients to wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

/** A dependency (Redis, the queue) is down: 503 with Retry-After, so clients and Stripe try again later. */
export class UnavailableError extends DomainError {
  constructor(detail = 'A dependency is unavailable, try again shortly.', retryAfterSeconds = RETRY_AFTER_SECONDS) {
    super('unavailable', COMMON_ERRORS.unavailable.status, COMMON_ERRORS.unavailable.title, detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The Redis work, or a 503 once the deadline passes (the command itself may still run when Redis returns). */
export async function withinDeadline<T>(work: Promise<T>, ms = REDIS_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new UnavailableError()), ms);
  });
  try {
    return await Promise.race([work.catch((error: unknown) => Promise.reject(redisFailure(error))), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** ioredis errors (connection closed, retries exhausted) become the same 503. */
function redisFailure(error: unknown): DomainError {
  return error instanceof DomainError ? error : new UnavailableError();
}
