import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { Public } from '../http/public.decorator';
import { REDIS } from '../redis/redis.module';

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  live() {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready() {
    const [postgres, redis] = await Promise.all([
      within(2000, this.db.query('SELECT 1')).then(() => 'up', () => 'down'),
      within(2000, this.redis.ping()).then(() => 'up', () => 'down'),
    ]);
    if (postgres !== 'up' || redis !== 'up') {
      throw new DomainError('unavailable', 503, 'Not ready', `postgres: ${postgres}, redis: ${redis}`);
    }
    return { status: 'ready', postgres, redis };
  }
}
