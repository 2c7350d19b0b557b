import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer } from 'node:net';

/** The repository root: the nearest folder up with tsconfig.build.json (this file also runs compiled, from dist-bench/). */
function repositoryRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'tsconfig.build.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`no tsconfig.build.json above ${from}`);
  }
}

const ROOT = repositoryRoot(__dirname);

export interface RunningApi {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, for a process that must be told its port up front. */
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

/** Compiles the apps to dist/ (incremental: quick when nothing changed). */
export function buildApps(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['tsc-alias', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * Starts a built app (`dist/apps/<app>/src/main.js`) as its own OS process with exactly `env` on top of
 * PATH (and `nodeArgs` before the script, e.g. `--cpu-prof` for a bench), and waits until /health/ready answers.
 */
export async function spawnApi(app: 'api' | 'standalone', port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningApi> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist', 'apps', app, 'src', 'main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ENV_FILE: 'none', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`${app} exited with code ${child.exitCode}`);
    if (
      await fetch(`${url}/health/ready`).then(
        (res) => res.ok,
        () => false,
      )
    )
      break;
    if (attempt > 300) throw new Error(`${app} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid as number,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
