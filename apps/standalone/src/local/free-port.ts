import { accessSync, constants } from 'node:fs';
import { createConnection, createServer } from 'node:net';

/** A TCP port nobody listens on right now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether `pid` is a running process (EPERM: it runs, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Sends one request line over TCP and resolves with the first bytes answered, or undefined. */
export function askTcp(port: number, request: string, timeoutMs = 500): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (answer?: string) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done());
    socket.once('error', () => done());
    socket.once('connect', () => socket.write(request));
    socket.once('data', (chunk) => done(chunk.toString('utf8')));
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Finds an executable on PATH, as a shell would. */
export function onPath(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(':').filter(Boolean)) {
    const candidate = `${dir}/${name}`;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
