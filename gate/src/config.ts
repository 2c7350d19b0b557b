import { resolve } from 'node:path';
import type { LogFormat, LogLevel } from './logger.js';

export type DriverKind = 'simulated' | 'pigpio';

export interface GateConfig {
  serverUrl: string;
  gateId: string;
  gateKey: string;
  driver: DriverKind;
  simulatePassage: boolean;
  servo: { gpio: number; closedUs: number; openUs: number; travelMs: number };
  sensor: { triggerGpio: number; echoGpio: number; thresholdCm: number; pollMs: number };
  door: { closeDelayMs: number; openTimeoutMs: number };
  heartbeatMs: number;
  reconnect: { minMs: number; maxMs: number };
  httpTimeoutMs: number;
  offlineRetryMs: number;
  bundle: { path: string; refreshMs: number };
  queue: { path: string; uploadMs: number };
  admittedPath: string;
  log: { format: LogFormat; level: LogLevel };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid gate configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The 40-pin header exposes BCM GPIO 0..27; pigpio refuses anything else.
const GPIO_MAX = 27;
// SG90 datasheet range; pulses outside it strain the servo against its end stops.
const SERVO_MIN_US = 500;
const SERVO_MAX_US = 2500;
// HC-SR04 needs ~60 ms between pings or it hears the previous echo.
const SENSOR_MIN_POLL_MS = 60;

/** Parses and validates the whole configuration once; lists every bad variable, not just the first. */
export function parseConfig(env: Env): GateConfig {
  const problems: string[] = [];
  const read = new Reader(env, problems);

  const dataDir = read.string('GATE_DATA_DIR', './var');
  const config: GateConfig = {
    serverUrl: read.url('GATE_SERVER_URL'),
    gateId: read.uuid('GATE_ID'),
    gateKey: read.requiredString('GATE_KEY'),
    driver: read.oneOf('GATE_DRIVER', ['simulated', 'pigpio'] as const, 'simulated'),
    simulatePassage: read.boolean('GATE_SIMULATE_PASSAGE', true),
    servo: {
      gpio: read.int('GATE_SERVO_GPIO', 18, 0, GPIO_MAX),
      closedUs: read.int('GATE_SERVO_CLOSED_US', 1000, SERVO_MIN_US, SERVO_MAX_US),
      openUs: read.int('GATE_SERVO_OPEN_US', 2000, SERVO_MIN_US, SERVO_MAX_US),
      travelMs: read.int('GATE_SERVO_TRAVEL_MS', 600, 0, 10_000),
    },
    sensor: {
      triggerGpio: read.int('GATE_SENSOR_TRIGGER_GPIO', 23, 0, GPIO_MAX),
      echoGpio: read.int('GATE_SENSOR_ECHO_GPIO', 24, 0, GPIO_MAX),
      thresholdCm: read.int('GATE_SENSOR_THRESHOLD_CM', 60, 3, 400),
      pollMs: read.int('GATE_SENSOR_POLL_MS', 100, SENSOR_MIN_POLL_MS, 5_000),
    },
    door: {
      closeDelayMs: read.int('GATE_CLOSE_DELAY_MS', 2000, 0, 60_000),
      openTimeoutMs: read.int('GATE_OPEN_TIMEOUT_MS', 10_000, 500, 600_000),
    },
    heartbeatMs: read.int('GATE_HEARTBEAT_MS', 10_000, 1_000, 600_000),
    reconnect: {
      minMs: read.int('GATE_RECONNECT_MIN_MS', 1_000, 10, 600_000),
      maxMs: read.int('GATE_RECONNECT_MAX_MS', 30_000, 10, 3_600_000),
    },
    httpTimeoutMs: read.int('GATE_HTTP_TIMEOUT_MS', 3_000, 100, 60_000),
    offlineRetryMs: read.int('GATE_OFFLINE_RETRY_MS', 15_000, 0, 3_600_000),
    bundle: {
      path: resolve(read.string('GATE_BUNDLE_PATH', `${dataDir}/offline-bundle.json`)),
      refreshMs: read.int('GATE_BUNDLE_REFRESH_MS', 300_000, 1_000, 86_400_000),
    },
    queue: {
      path: resolve(read.string('GATE_QUEUE_PATH', `${dataDir}/scan-queue.jsonl`)),
      uploadMs: read.int('GATE_UPLOAD_INTERVAL_MS', 15_000, 1_000, 3_600_000),
    },
    admittedPath: resolve(read.string('GATE_ADMITTED_PATH', `${dataDir}/admitted-codes.jsonl`)),
    log: {
      format: read.oneOf('GATE_LOG_FORMAT', ['text', 'json'] as const, 'text'),
      level: read.oneOf('GATE_LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    },
  };

  if (config.servo.openUs === config.servo.closedUs) {
    problems.push('GATE_SERVO_OPEN_US: must differ from GATE_SERVO_CLOSED_US');
  }
  const pins = [config.servo.gpio, config.sensor.triggerGpio, config.sensor.echoGpio];
  if (new Set(pins).size !== pins.length) {
    problems.push('GATE_SERVO_GPIO, GATE_SENSOR_TRIGGER_GPIO, GATE_SENSOR_ECHO_GPIO: must be three different pins');
  }
  if (config.reconnect.maxMs < config.reconnect.minMs) {
    problems.push('GATE_RECONNECT_MAX_MS: must be >= GATE_RECONNECT_MIN_MS');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

class Reader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  private fail<T>(name: string, reason: string, placeholder: T): T {
    this.problems.push(`${name}: ${reason}`);
    return placeholder;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  requiredString(name: string): string {
    return this.raw(name) ?? this.fail(name, 'is required', '');
  }

  url(name: string): string {
    const value = this.raw(name);
    if (value === undefined) return this.fail(name, 'is required (e.g. http://127.0.0.1:3000)', '');
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return this.fail(name, 'must be an http(s) URL', '');
      if (url.pathname !== '/' || url.search !== '') {
        return this.fail(name, 'must be the server origin only, without a path (e.g. https://guichet.example.org)', '');
      }
      return url.origin;
    } catch {
      return this.fail(name, `is not a valid URL: "${value}"`, '');
    }
  }

  uuid(name: string): string {
    const value = this.raw(name);
    if (value === undefined) return this.fail(name, 'is required (the gate id shown when the gate was created)', '');
    return UUID.test(value) ? value.toLowerCase() : this.fail(name, `must be a UUID, got "${value}"`, '');
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^-?\d+$/.test(value)) return this.fail(name, `must be an integer, got "${value}"`, fallback);
    const parsed = Number(value);
    if (parsed < min || parsed > max) return this.fail(name, `must be between ${min} and ${max}, got ${parsed}`, fallback);
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    return this.fail(name, `must be true or false, got "${value}"`, fallback);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const match = allowed.find((candidate) => candidate === value);
    return match ?? this.fail(name, `must be one of ${allowed.join(', ')}, got "${value}"`, fallback);
  }
}
