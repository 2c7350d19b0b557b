import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const GATE_DIR = join(__dirname, '../../../gate');
const ENTRY = join(GATE_DIR, 'dist/src/main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Compiles gate/ with its own TypeScript when dist/ is missing or older than its sources (as `npm run build` there). */
export function buildGateProgram(): void {
  if (existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= newestSource(join(GATE_DIR, 'src'))) return;
  execFileSync(process.execPath, [join(GATE_DIR, 'node_modules/typescript/bin/tsc'), '-p', join(GATE_DIR, 'tsconfig.json')], { stdio: 'inherit' });
}

export interface GateLogLine {
  time: string;
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** The real gate program (gate/dist/src/main.js) as a child process: codes typed on its stdin, JSON log lines read from its stdout. */
export class GateProcess {
  readonly lines: GateLogLine[] = [];
  private readonly child: ChildProcess;
  private buffer = '';
  private stderr = '';

  constructor(env: Record<string, string>, cwd: string) {
    this.child = spawn(process.execPath, [ENTRY], {
      cwd,
      env: { PATH: process.env.PATH ?? '', GATE_LOG_FORMAT: 'json', GATE_DRIVER: 'simulated', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.read(chunk));
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
  }

  /** What a USB scanner in keyboard-wedge mode does: the code, then Enter. */
  type(code: string): void {
    this.child.stdin?.write(`${code}\n`);
  }

  /** Index of the next line, to wait only for what happens after it. */
  get mark(): number {
    return this.lines.length;
  }

  async waitFor(predicate: (line: GateLogLine) => boolean, what: string, from = 0, timeoutMs = 10_000): Promise<GateLogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.slice(from).find(predicate);
      if (found) return found;
      if (this.child.exitCode !== null) throw new Error(`the gate exited (${this.child.exitCode}) before "${what}": ${this.stderr}`);
      if (Date.now() > deadline) {
        const tail = this.lines
          .slice(-15)
          .map((line) => `${line.level} ${line.msg} ${JSON.stringify(line)}`)
          .join('\n');
        throw new Error(`gate log never showed "${what}"; last lines:\n${tail}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  waitForMessage(msg: string, from = 0, timeoutMs?: number): Promise<GateLogLine> {
    return this.waitFor((line) => line.msg === msg, msg, from, timeoutMs);
  }

  /** SIGTERM: the gate closes its door the normal way, then exits. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 12_000);
    await exited;
    clearTimeout(timer);
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    let newline = this.buffer.indexOf('\n');
    while (newline >= 0) {
      const text = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      try {
        this.lines.push(JSON.parse(text) as GateLogLine);
      } catch {
        this.lines.push({ time: '', level: 'raw', msg: text });
      }
      newline = this.buffer.indexOf('\n');
    }
  }
}
