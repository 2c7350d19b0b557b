export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFormat = 'text' | 'json';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  format: LogFormat;
  minLevel?: LogLevel;
  /** Where finished lines go; stdout by default so journald captures them. */
  write?: (line: string) => void;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(options: LoggerOptions): Logger {
  const minRank = rank[options.minLevel ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));

  const emit = (level: LogLevel, message: string, fields: LogFields = {}): void => {
    if (rank[level] < minRank) return;
    const time = new Date().toISOString();
    const defined = Object.entries(fields).filter(([, value]) => value !== undefined);
    if (options.format === 'json') {
      write(JSON.stringify({ time, level, msg: message, ...Object.fromEntries(defined) }));
      return;
    }
    const suffix = defined.map(([key, value]) => ` ${key}=${formatValue(value)}`).join('');
    write(`${time} ${level.toUpperCase().padEnd(5)} ${message}${suffix}`);
  };

  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}

function formatValue(value: string | number | boolean | null | undefined): string {
  if (typeof value === 'string' && /[\s"=]/.test(value)) return JSON.stringify(value);
  return String(value);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
