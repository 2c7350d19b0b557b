import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import { SimulatedDriver } from '../src/drivers/simulated-driver.js';
import { type RunningGate, startGate } from '../src/gate.js';
import { captureLog } from './support/capture-log.js';
import { FakeGuichet } from './support/fake-guichet.js';
import { TEST_KEY, testConfig } from './support/test-config.js';
import { waitFor } from './support/wait-for.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setup(acceptedKey = TEST_KEY) {
  const gateId = randomUUID();
  const server = await FakeGuichet.start({ gateId, key: acceptedKey });
  const config = testConfig(server.url, { GATE_ID: gateId });
  const driver = new SimulatedDriver();
  const captured = captureLog();
  const gate: RunningGate = await startGate({
    config,
    driver,
    log: captured.log,
    input: new PassThrough(),
    reconnectJitter: 0,
  });
  cleanup.push(() => server.close());
  cleanup.push(() => gate.stop());
  return { server, gate, driver, captured, config };
}

describe('gate websocket', () => {
  it('authenticates with gateId and key, obeys open and reports status, passed and closed', async () => {
    const { server, driver, config } = await setup();
    await waitFor('gate connected', () => server.gateSocket !== undefined);
    assert.deepEqual(server.connectAttempts[0]?.auth, { gateId: config.gateId, key: TEST_KEY });
    await waitFor('initial status', () => server.events('status').length > 0);
    assert.deepEqual(server.events('status')[0], { doorState: 'closed', sensorCm: null });

    const socket = server.gateSocket;
    assert.ok(socket);
    const ack: unknown = await socket.timeout(2_000).emitWithAck('open', { scanId: 'scan-42', holdMs: 3_000 });
    assert.deepEqual(ack, { accepted: true });
    assert.equal(driver.lastPulse, 2000, 'servo opened');

    driver.queueReadings(45, 45);
    await waitFor('passed', () => server.events('passed').length === 1);
    await waitFor('closed', () => server.events('closed').length === 1);
    assert.deepEqual(server.events('passed'), [{ scanId: 'scan-42' }]);
    assert.deepEqual(server.events('closed'), [{ scanId: 'scan-42' }]);
    assert.equal(driver.lastPulse, 1000, 'servo closed');

    const doorStates = server.events('status').map((status) => (status as { doorState: string }).doorState);
    for (const state of ['open', 'closing', 'closed']) assert.ok(doorStates.includes(state), `status ${state} sent`);
    assert.ok(server.events('status').some((s) => (s as { sensorCm: unknown }).sensorCm === 45));

    await waitFor('heartbeat', () => server.events('heartbeat').length > 0, 3_000);
    const beat = server.events('heartbeat')[0] as { at: string; doorState: string };
    assert.ok(!Number.isNaN(Date.parse(beat.at)));
  });

  it('ignores a malformed open and says so in the ack', async () => {
    const { server, driver, captured } = await setup();
    await waitFor('gate connected', () => server.gateSocket !== undefined);
    const ack: unknown = await server.gateSocket?.timeout(2_000).emitWithAck('open', { holdMs: 1_000 });
    assert.deepEqual(ack, { accepted: false });
    assert.deepEqual(driver.pulses, [1000], 'servo untouched');
    assert.ok(captured.has('warn', 'malformed open'));
  });

  it('logs a refused key and keeps retrying with growing delays until accepted', async () => {
    const { server, captured } = await setup('another-key');
    await waitFor('four refused attempts', () => server.connectAttempts.length >= 4, 5_000);
    assert.equal(server.gateSocket, undefined);
    assert.ok(
      captured.entries.some((e) => e.level === 'error' && e.msg === 'server refused the connection' && e.error === 'unauthorized'),
      'the refusal is logged with its reason',
    );
    const times = server.connectAttempts.map((attempt) => attempt.at);
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? time));
    assert.ok(gaps[0]! >= 40, `first retry waited ${gaps[0]} ms`);
    assert.ok(gaps[2]! > gaps[0]! * 2.5, `delays grow: ${gaps.join(', ')} ms`);

    server.acceptedKey = TEST_KEY;
    await waitFor('connected once the key is accepted', () => server.gateSocket !== undefined, 3_000);
  });
});
