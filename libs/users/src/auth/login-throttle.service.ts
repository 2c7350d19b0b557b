import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, DomainError, REDIS } from '@guichet/common';
import Redis from 'ioredis';

/**
 * Counts failed logins per account and per IP in Redis (shared by every API instance) and
 * refuses further attempts before any password is hashed.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async assertAllowed(login: string, ip: string): Promise<void> {
    const [account, address] = await this.redis.mget(this.accountKey(login), this.ipKey(ip));
    const blocked =
      Number(account ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ||
      Number(address ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_IP;
    if (blocked) {
      const minutes = Math.ceil(this.config.LOGIN_THROTTLE_WINDOW_SECONDS / 60);
      throw new DomainError('too-many-attempts', 429, 'Too many failed logins', `Try again in ${minutes} minutes.`);
    }
  }

  async recordFailure(login: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_THROTTLE_WINDOW_SECONDS;
    await this.redis
      .multi()
      .incr(this.accountKey(login))
      .expire(this.accountKey(login), window, 'NX')
      .incr(this.ipKey(ip))
      .expire(this.ipKey(ip), window, 'NX')
      .exec();
  }

  async recordSuccess(login: string): Promise<void> {
    await this.redis.del(this.accountKey(login));
  }

  private accountKey(login: string): string {
    return `login-failures:account:${login.trim().toLowerCase()}`;
  }

  private ipKey(ip: string): string {
    return `login-failures:ip:${ip}`;
  }
}
