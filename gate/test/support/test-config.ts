import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GateConfig, parseConfig } from '../../src/config.js';

export const TEST_KEY = 'test-gate-key-0123456789';

/** A valid configuration with fast timings and a fresh data directory. */
export function testConfig(serverUrl: string, overrides: Record<string, string> = {}): GateConfig {
  return parseConfig({
    GATE_SERVER_URL: serverUrl,
    GATE_ID: randomUUID(),
    GATE_KEY: TEST_KEY,
    GATE_DATA_DIR: mkdtempSync(join(tmpdir(), 'gate-test-')),
    GATE_SENSOR_POLL_MS: '60',
    GATE_SERVO_TRAVEL_MS: '20',
    GATE_CLOSE_DELAY_MS: '100',
    GATE_OPEN_TIMEOUT_MS: '1000',
    GATE_HEARTBEAT_MS: '1000',
    GATE_RECONNECT_MIN_MS: '50',
    GATE_RECONNECT_MAX_MS: '400',
    GATE_HTTP_TIMEOUT_MS: '1000',
    GATE_OFFLINE_RETRY_MS: '0',
    ...overrides,
  });
}
