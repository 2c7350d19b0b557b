import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { DoorController, type DoorSettings, type DoorStatus } from '../src/door/door-controller.js';
import { SimulatedDriver } from '../src/drivers/simulated-driver.js';
import { captureLog } from './support/capture-log.js';
import { waitFor } from './support/wait-for.js';

const settings: DoorSettings = {
  closedUs: 1000,
  openUs: 2000,
  travelMs: 20,
  thresholdCm: 50,
  pollMs: 10,
  closeDelayMs: 80,
  openTimeoutMs: 300,
};

interface Recorded {
  statuses: Array<DoorStatus & { at: number }>;
  passed: Array<{ scanId: string; at: number }>;
  closed: Array<{ scanId: string; at: number }>;
}

function setup(overrides: Partial<DoorSettings> = {}) {
  const driver = new SimulatedDriver();
  const captured = captureLog();
  const door = new DoorController(driver, { ...settings, ...overrides }, captured.log);
  const recorded: Recorded = { statuses: [], passed: [], closed: [] };
  door.on('status', (status) => recorded.statuses.push({ ...status, at: Date.now() }));
  door.on('passed', ({ scanId }) => recorded.passed.push({ scanId, at: Date.now() }));
  door.on('closed', ({ scanId }) => recorded.closed.push({ scanId, at: Date.now() }));
  door.start();
  doors.push(door);
  return { driver, door, recorded, captured };
}

const doors: DoorController[] = [];
afterEach(async () => {
  await Promise.all(doors.splice(0).map((door) => door.stop()));
});

function doorStates(recorded: Recorded): string[] {
  return recorded.statuses.map((status) => status.doorState).filter((state, i, all) => state !== all[i - 1]);
}

describe('door controller (simulated driver)', () => {
  it('opens, sees a person come and go, then closes after the close delay', async () => {
    const { driver, door, recorded, captured } = setup();
    assert.deepEqual(driver.pulses, [1000], 'servo is put in the closed position at start');

    const openedAt = Date.now();
    door.open('scan-1');
    assert.equal(door.status().doorState, 'open');
    assert.equal(driver.lastPulse, 2000);

    await delay(40);
    driver.setDistance(42);
    await waitFor('person detected', () => captured.has('info', 'person detected at 42 cm'));
    await delay(40);
    driver.setDistance(null);
    await waitFor('passed', () => recorded.passed.length === 1);
    await waitFor('closed', () => recorded.closed.length === 1);

    assert.deepEqual(recorded.passed.map((p) => p.scanId), ['scan-1']);
    assert.deepEqual(recorded.closed.map((c) => c.scanId), ['scan-1']);
    const passedAt = recorded.passed[0]!.at;
    const closedAt = recorded.closed[0]!.at;
    assert.ok(closedAt - passedAt >= settings.closeDelayMs, `closed ${closedAt - passedAt} ms after passage`);
    assert.ok(closedAt - openedAt < settings.openTimeoutMs, 'closed because of the passage, not the timeout');
    assert.ok(captured.has('info', 'door closed after passage'));
    assert.deepEqual(driver.pulses, [1000, 2000, 1000]);
    assert.deepEqual(doorStates(recorded), ['open', 'closing', 'closed']);
    assert.ok(recorded.statuses.some((s) => s.doorState === 'open' && s.sensorCm === 42), 'status reports the distance');
  });

  it('closes on the timeout when nobody passes', async () => {
    const { driver, door, recorded, captured } = setup();
    const openedAt = Date.now();
    door.open('scan-2');
    await waitFor('closed', () => recorded.closed.length === 1, 2_000);

    const elapsed = recorded.closed[0]!.at - openedAt;
    assert.ok(elapsed >= settings.openTimeoutMs, `closed after ${elapsed} ms`);
    assert.ok(elapsed < settings.openTimeoutMs + 200, `closed after ${elapsed} ms`);
    assert.equal(recorded.passed.length, 0);
    assert.ok(captured.has('info', 'door closed after timeout'));
    assert.deepEqual(driver.pulses, [1000, 2000, 1000]);
  });

  it('uses holdMs from the open request instead of the configured timeout', async () => {
    const { door, recorded } = setup();
    const openedAt = Date.now();
    door.open('scan-3', 120);
    await waitFor('closed', () => recorded.closed.length === 1, 2_000);
    const elapsed = recorded.closed[0]!.at - openedAt;
    assert.ok(elapsed >= 120 && elapsed < settings.openTimeoutMs, `closed after ${elapsed} ms`);
  });

  it('never closes while someone stands in the way, and closes once clear', async () => {
    const { driver, door, recorded, captured } = setup();
    driver.setDistance(30);
    door.open('scan-4', 100);

    await waitFor('closing', () => door.status().doorState === 'closing');
    await delay(300);
    assert.equal(door.status().doorState, 'closing');
    assert.equal(recorded.closed.length, 0, 'no close while someone is in the way');
    assert.deepEqual(driver.pulses, [1000, 2000], 'servo never commanded closed');
    assert.ok(captured.has('warn', 'someone in the way'));

    const clearAt = Date.now();
    driver.setDistance(null);
    await waitFor('closed', () => recorded.closed.length === 1);
    assert.ok(recorded.closed[0]!.at >= clearAt);
    assert.deepEqual(driver.pulses, [1000, 2000, 1000]);
    assert.deepEqual(recorded.passed.map((p) => p.scanId), ['scan-4'], 'the late walker counts as the passage');
  });

  it('reopens when someone steps in while the servo is closing', async () => {
    const { driver, door, recorded } = setup({ travelMs: 300 });
    door.open('scan-5');
    driver.queueReadings(35, 35);
    await waitFor('servo commanded closed', () => driver.lastPulse === 1000 && door.status().doorState === 'closing');

    driver.setDistance(25);
    await waitFor('servo reopened', () => driver.lastPulse === 2000);
    assert.equal(door.status().doorState, 'closing');
    assert.equal(recorded.closed.length, 0);

    driver.setDistance(null);
    await waitFor('closed', () => recorded.closed.length === 1);
    assert.deepEqual(driver.pulses, [1000, 2000, 1000, 2000, 1000]);
  });

  it('treats a second open while open as an extension of the same cycle', async () => {
    const { driver, door, recorded } = setup();
    const openedAt = Date.now();
    door.open('scan-a', 150);
    await delay(100);
    door.open('scan-b', 150);
    await waitFor('closed', () => recorded.closed.length === 2, 2_000);

    const elapsed = recorded.closed[0]!.at - openedAt;
    assert.ok(elapsed >= 250, `deadline was extended (closed after ${elapsed} ms)`);
    assert.deepEqual(recorded.closed.map((c) => c.scanId).sort(), ['scan-a', 'scan-b']);
    assert.deepEqual(doorStates(recorded), ['open', 'closing', 'closed'], 'one cycle, never closed in between');
    assert.ok(!driver.pulses.slice(1, -1).includes(1000), 'servo not closed in between');
  });

  it('waits for every admitted person before closing', async () => {
    const { driver, door, recorded } = setup();
    door.open('first', 1_000);
    door.open('second', 1_000);
    driver.queueReadings(40, 40, null, null);
    await waitFor('first passed', () => recorded.passed.length === 1);
    await delay(settings.closeDelayMs + 60);
    assert.equal(door.status().doorState, 'open', 'still waiting for the second person');

    driver.queueReadings(40, 40, null, null);
    await waitFor('closed', () => recorded.closed.length === 2);
    assert.deepEqual(recorded.passed.map((p) => p.scanId), ['first', 'second']);
  });

  it('does not mistake a single dropped echo for the person leaving', async () => {
    const { driver, door, recorded, captured } = setup();
    door.open('scan-7', 1_000);
    driver.queueReadings(40, null, 40, 40);
    await delay(5 * settings.pollMs);
    assert.equal(recorded.passed.length, 0, 'one clear reading is not a passage');
    driver.queueReadings(null, null);
    await waitFor('closed', () => recorded.closed.length === 1);
    assert.deepEqual(recorded.passed.map((p) => p.scanId), ['scan-7']);
    assert.ok(!captured.has('warn', 'passage without a pending scan'));
  });

  it('counts a failed sensor read as clear so a dead sensor cannot keep the door open', async () => {
    const { driver, door, recorded, captured } = setup();
    driver.setDistance(() => {
      throw new Error('echo line stuck');
    });
    door.open('scan-6', 100);
    await waitFor('closed', () => recorded.closed.length === 1);
    assert.ok(captured.has('warn', 'distance sensor read failed'));
  });
});
