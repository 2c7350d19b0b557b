import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { REDIS } from '@guichet/common';
import Redis from 'ioredis';

const CODE_TTL_SECONDS = 10 * 60;

/** `t.me/<bot>?start=link-<code>`: Telegram hands the bot `/start link-<code>` when the buyer taps the link. */
export const START_LINK_PREFIX = 'link-';

/** One-time codes that link a Telegram account to a web user (admin, organizer or customer). */
@Injectable()
export class LinkCodesService {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async issue(userId: string): Promise<{ code: string; expiresAt: string }> {
    // 8 digits, typed on a phone; 10 minutes and one use make guessing pointless.
    for (;;) {
      const code = String(randomInt(10_000_000, 100_000_000));
      if (await this.redis.set(`tg:link:${code}`, userId, 'EX', CODE_TTL_SECONDS, 'NX')) {
        await this.redis.set(`tg:link:latest:${userId}`, code, 'EX', CODE_TTL_SECONDS);
        return { code, expiresAt: new Date(Date.now() + CODE_TTL_SECONDS * 1000).toISOString() };
      }
    }
  }

  /** The code last issued to this user, while it can still be used (the page shows it again until then). */
  async pending(userId: string): Promise<string | undefined> {
    const code = await this.redis.get(`tg:link:latest:${userId}`);
    return code && (await this.redis.get(`tg:link:${code}`)) === userId ? code : undefined;
  }

  /** The user the code was issued to; the code is gone after this call, whatever the answer. */
  async redeem(code: string): Promise<string | undefined> {
    if (!/^\d{8}$/.test(code)) return undefined;
    return (await this.redis.getdel(`tg:link:${code}`)) ?? undefined;
  }
}
