import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, parseConfig } from '../src/config.js';

const required = {
  GATE_SERVER_URL: 'http://127.0.0.1:3000',
  GATE_ID: '6f1c2b8e-3d4a-4f5b-9c6d-7e8f9a0b1c2d',
  GATE_KEY: 'secret-device-key',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  assert.fail('expected a ConfigError');
}

describe('config', () => {
  it('applies the documented defaults', () => {
    const config = parseConfig(required);
    assert.equal(config.driver, 'simulated');
    assert.deepEqual(config.servo, { gpio: 18, closedUs: 1000, openUs: 2000, travelMs: 600 });
    assert.deepEqual(config.sensor, { triggerGpio: 23, echoGpio: 24, thresholdCm: 60, pollMs: 100 });
    assert.deepEqual(config.door, { closeDelayMs: 2000, openTimeoutMs: 10000 });
    assert.equal(config.serverUrl, 'http://127.0.0.1:3000');
    assert.ok(config.queue.path.endsWith('/var/scan-queue.jsonl'));
  });

  it('names every missing required variable', () => {
    const problems = problemsOf({});
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /GATE_SERVER_URL: is required/);
    assert.match(problems.join('\n'), /GATE_ID: is required/);
    assert.match(problems.join('\n'), /GATE_KEY: is required/);
  });

  it('names each malformed variable', () => {
    const problems = problemsOf({
      ...required,
      GATE_SERVER_URL: 'ftp://example.org',
      GATE_ID: 'gate-1',
      GATE_DRIVER: 'gpio',
      GATE_SERVO_OPEN_US: '3000',
      GATE_SENSOR_POLL_MS: '10',
      GATE_CLOSE_DELAY_MS: 'soon',
      GATE_SIMULATE_PASSAGE: 'maybe',
    }).join('\n');
    for (const name of [
      'GATE_SERVER_URL',
      'GATE_ID',
      'GATE_DRIVER',
      'GATE_SERVO_OPEN_US',
      'GATE_SENSOR_POLL_MS',
      'GATE_CLOSE_DELAY_MS',
      'GATE_SIMULATE_PASSAGE',
    ]) {
      assert.match(problems, new RegExp(`^${name}: `, 'm'));
    }
  });

  it('refuses a URL with a path and settings that contradict each other', () => {
    const problems = problemsOf({
      ...required,
      GATE_SERVER_URL: 'https://example.org/api/v1',
      GATE_SENSOR_ECHO_GPIO: '18',
      GATE_SERVO_OPEN_US: '1000',
      GATE_RECONNECT_MIN_MS: '5000',
      GATE_RECONNECT_MAX_MS: '1000',
    }).join('\n');
    assert.match(problems, /GATE_SERVER_URL: must be the server origin only/);
    assert.match(problems, /must be three different pins/);
    assert.match(problems, /GATE_SERVO_OPEN_US: must differ from GATE_SERVO_CLOSED_US/);
    assert.match(problems, /GATE_RECONNECT_MAX_MS: must be >= GATE_RECONNECT_MIN_MS/);
  });
});
