import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, DomainError, REDIS, withinDeadline } from '@guichet/common';
import Redis from 'ioredis';
import { usersError } from '../users.errors';

/**
 * Counts this attempt first, in one atomic step, then answers whether it may go on: parallel guesses each get
 * their own number, so no more than the limit are ever checked. Returns the attempt counts per account+IP and
 * per IP, the account's recent failures from anywhere, and the seconds left in the account+IP window.
 */
const BEGIN_ATTEMPT = `
local perAccountIp = redis.call('INCR', KEYS[1])
if perAccountIp == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
local perIp = redis.call('INCR', KEYS[2])
if perIp == 1 then redis.call('EXPIRE', KEYS[2], ARGV[1]) end
local accountFailures = tonumber(redis.call('GET', KEYS[3]) or '0')
return { perAccountIp, perIp, accountFailures, redis.call('TTL', KEYS[1]) }
`;

/** Each failure beyond the per-account allowance adds this much wait before the password is checked. */
const DELAY_STEP_MS = 250;
const MAX_DELAY_MS = 3000;

export interface LoginAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

/**
 * Login throttling as OWASP's authentication cheat sheet suggests, before any password is hashed:
 * - strictly per account and IP address: a few guesses, then 429 until the window ends;
 * - per IP address over all accounts (password spraying): a larger allowance, then 429;
 * - per account over all addresses: a growing delay instead of a lock, so an attacker elsewhere slows guessing
 *   but cannot lock the owner out.
 * The account is the resolved user (username and email are one account); unknown logins count under their text.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async begin(account: string, ip: string): Promise<LoginAttempt> {
    const keys = [this.key('account-ip', `${account}:${ip}`), this.key('ip', ip), this.key('account', account)];
    const window = this.config.LOGIN_THROTTLE_WINDOW_SECONDS;
    const [perAccountIp, perIp, accountFailures, ttl] = (await withinDeadline(this.redis.eval(BEGIN_ATTEMPT, keys.length, ...keys, window))) as number[];
    if (perAccountIp > this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT || perIp > this.config.LOGIN_MAX_FAILURES_PER_IP) {
      throw tooManyAttempts(perAccountIp > this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ? ttl : window);
    }
    const beyond = accountFailures - this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT;
    if (beyond > 0) await sleep(Math.min(beyond * DELAY_STEP_MS, MAX_DELAY_MS));
    return {
      failed: async () => {
        await withinDeadline(this.redis.multi().incr(keys[2]).expire(keys[2], window, 'NX').exec());
      },
      // A success frees this address's allowance for the account and the account's delay; the attempt is not
      // held against the address either.
      succeeded: async () => {
        await withinDeadline(this.redis.multi().del(keys[0], keys[2]).decr(keys[1]).exec());
      },
    };
  }

  private key(kind: string, id: string): string {
    return `login-attempts:${kind}:${id.trim().toLowerCase()}`;
  }
}

function tooManyAttempts(retryAfterSeconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const error = usersError('too-many-attempts', `Try again in ${minutes} minutes.`);
  error.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  return error;
}
