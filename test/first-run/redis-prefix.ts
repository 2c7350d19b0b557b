import Redis from 'ioredis';

/** Removes what a spawned app left in the shared Redis under its own REDIS_PREFIX. */
export async function forgetRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis('redis://127.0.0.1:6379');
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}
