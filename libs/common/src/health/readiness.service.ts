import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { commonError } from '../errors/error-codes';
import { REDIS } from '../redis/redis.module';

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

/** Ready means both stores answer within 2 s; otherwise 503 naming which one is down. */
@Injectable()
export class ReadinessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async check(): Promise<{ status: 'ready'; postgres: 'up'; redis: 'up' }> {
    const [postgres, redis] = await Promise.all([
      within(2000, this.db.query('SELECT 1')).then(
        () => 'up',
        () => 'down',
      ),
      within(2000, this.redis.ping()).then(
        () => 'up',
        () => 'down',
      ),
    ]);
    if (postgres !== 'up' || redis !== 'up') {
      throw commonError('unavailable', `postgres: ${postgres}, redis: ${redis}`, { title: 'Not ready' });
    }
    return { status: 'ready', postgres, redis };
  }
}
