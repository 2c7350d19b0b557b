import { createLogger, type Logger } from '../../src/logger.js';

export interface LogEntry {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface CapturedLog {
  log: Logger;
  entries: LogEntry[];
  has(level: string, fragment: string): boolean;
}

/** A real logger writing JSON lines into memory, so tests assert on what an operator would read. */
export function captureLog(): CapturedLog {
  const entries: LogEntry[] = [];
  const log = createLogger({
    format: 'json',
    minLevel: 'debug',
    write: (line) => {
      entries.push(JSON.parse(line) as LogEntry);
      if (process.env.GATE_TEST_LOG === '1') process.stderr.write(`${line}\n`);
    },
  });
  return {
    log,
    entries,
    has: (level, fragment) => entries.some((entry) => entry.level === level && entry.msg.includes(fragment)),
  };
}
