import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { askTcp, freePort, isAlive, onPath, sleep } from './free-port';
import { LocalServiceError } from './local-service-error';

export interface LocalRedis {
  url: string;
  /** How it was found, for the start-up log. */
  source: 'local' | 'started' | 'reused';
  stop(): Promise<void>;
}

export const REDIS_INSTALL_HINT =
  'Guichet needs Redis (BullMQ queues). Install it, then run `npm start` again:\n' +
  '  Debian/Ubuntu: sudo apt-get install -y redis-server\n' +
  '  macOS:         brew install redis\n' +
  'or set REDIS_URL to a Redis you already run.';

const answersPing = async (port: number) => (await askTcp(port, 'PING\r\n'))?.startsWith('+PONG') ?? false;

/**
 * Redis for `npm start` when REDIS_URL is unset: the machine's own on `probePort` (6379) if it answers;
 * else `redis-server` from PATH on a free port, without persistence (queues are rebuilt by the sweeps);
 * else a clear message on how to install it.
 */
export async function startLocalRedis(dataDir: string, path: string | undefined, probePort = 6379): Promise<LocalRedis> {
  const noop = () => Promise.resolve();
  if (await answersPing(probePort)) return { url: `redis://127.0.0.1:${probePort}`, source: 'local', stop: noop };

  const home = resolve(dataDir);
  const stateFile = join(home, 'redis.json');
  try {
    const previous = JSON.parse(readFileSync(stateFile, 'utf8')) as { pid: number; port: number };
    // Left by another `npm start` that still runs (or by `npm run seed:demo` next to it).
    if (isAlive(previous.pid) && (await answersPing(previous.port))) {
      return { url: `redis://127.0.0.1:${previous.port}`, source: 'reused', stop: noop };
    }
  } catch {
    // none yet
  }

  const binary = onPath('redis-server', path);
  if (!binary) throw new LocalServiceError(REDIS_INSTALL_HINT);
  mkdirSync(home, { recursive: true });
  const port = await freePort();
  const log = openSync(join(home, 'redis.log'), 'a');
  // Its own process group, like PostgreSQL: stopped after the app has closed its queues.
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--dir', home],
    { stdio: ['ignore', log, log], detached: true },
  );
  closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  child.once('error', () => (exited = true));
  for (let waited = 0; !(await answersPing(port)); waited += 50) {
    if (exited || waited > 10_000) throw new LocalServiceError(`redis-server did not start; see ${join(home, 'redis.log')}.\n${REDIS_INSTALL_HINT}`);
    await sleep(50);
  }
  writeFileSync(stateFile, JSON.stringify({ pid: child.pid, port }));
  return {
    url: `redis://127.0.0.1:${port}`,
    source: 'started',
    stop: async () => {
      if (exited) return;
      const gone = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
      child.kill('SIGTERM');
      await Promise.race([gone, sleep(10_000)]);
    },
  };
}
