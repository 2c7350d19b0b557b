import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'standalone', 'src', 'main.js');

export interface StandaloneProcess {
  url: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Milliseconds from spawn to the first ready answer of /health/ready. */
  readyAfterMs: number;
  stop(): Promise<number | null>;
}

/** Runs `node dist/apps/standalone/src/main.js` (what `npm start` runs) in `cwd` with exactly `env` on top of PATH. */
export function runStandalone(cwd: string, env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Starts it and waits for /health/ready (the first start initialises PostgreSQL and seeds: allow minutes). */
export async function startStandalone(cwd: string, port: number, env: Record<string, string>, timeoutMs = 240_000): Promise<StandaloneProcess> {
  const started = Date.now();
  const { child, output, exited } = runStandalone(cwd, { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`standalone exited with ${child.exitCode}:\n${output().slice(-3000)}`);
    if (
      await fetch(`${url}/health/ready`).then(
        (res) => res.ok,
        () => false,
      )
    )
      break;
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`standalone was not ready after ${timeoutMs} ms:\n${output().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    output,
    readyAfterMs: Date.now() - started,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
