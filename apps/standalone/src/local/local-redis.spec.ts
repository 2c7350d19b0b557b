import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { askTcp, freePort } from './free-port';
import { LocalServiceError } from './local-service-error';
import { REDIS_INSTALL_HINT, startLocalRedis } from './local-redis';

describe('startLocalRedis', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'guichet-redis-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('starts redis-server from PATH on a free port when nothing answers, and stops it', async () => {
    const nobody = await freePort();
    const redis = await startLocalRedis(dataDir, process.env.PATH, nobody);
    expect(redis.source).toBe('started');
    const port = Number(new URL(redis.url).port);
    expect(port).not.toBe(nobody);
    expect(await askTcp(port, 'PING\r\n')).toBe('+PONG\r\n');
    await redis.stop();
    expect(await askTcp(port, 'PING\r\n')).toBeUndefined();
  });

  it('uses the Redis already answering on the probed port', async () => {
    const redis = await startLocalRedis(dataDir, process.env.PATH, 6379);
    expect(redis).toMatchObject({ source: 'local', url: 'redis://127.0.0.1:6379' });
  });

  it('stops with the install commands when there is no Redis at all', async () => {
    const nobody = await freePort();
    await expect(startLocalRedis(dataDir, '/nonexistent', nobody)).rejects.toThrow(LocalServiceError);
    await expect(startLocalRedis(dataDir, '/nonexistent', nobody)).rejects.toThrow(REDIS_INSTALL_HINT);
    expect(REDIS_INSTALL_HINT).toMatch(/apt-get install -y redis-server/);
    expect(REDIS_INSTALL_HINT).toMatch(/brew install redis/);
  });
});
