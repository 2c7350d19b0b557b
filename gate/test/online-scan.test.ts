import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { SimulatedDriver } from '../src/drivers/simulated-driver.js';
import { startGate } from '../src/gate.js';
import type { ScanStatus } from '../src/server/guichet-api.js';
import { captureLog } from './support/capture-log.js';
import { FakeGuichet } from './support/fake-guichet.js';
import { TEST_KEY, testConfig } from './support/test-config.js';
import { waitFor } from './support/wait-for.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setup(options: { acceptSockets?: boolean; answer?: ScanStatus } = {}) {
  const gateId = randomUUID();
  const server = await FakeGuichet.start({
    gateId,
    key: TEST_KEY,
    scanAnswer: () => ({ status: options.answer ?? 'ok', scanId: 'scan-from-http' }),
  });
  server.acceptSockets = options.acceptSockets ?? true;
  const config = testConfig(server.url, { GATE_ID: gateId });
  const driver = new SimulatedDriver();
  const captured = captureLog();
  const input = new PassThrough();
  const gate = await startGate({ config, driver, log: captured.log, input, reconnectJitter: 0 });
  cleanup.push(() => server.close());
  cleanup.push(() => gate.stop());
  return { server, gate, driver, captured, input, config };
}

describe('online scan', () => {
  it('sends each scanned line to the server and leaves opening to the websocket', async () => {
    const { server, driver, captured, input, config } = await setup();
    await waitFor('gate connected', () => server.gateSocket !== undefined);

    input.write('  TICKET-CODE-1\r\n\nTICKET-CODE-2\n');
    await waitFor('two scans', () => server.scans.length === 2);
    assert.deepEqual(server.scans, [
      { code: 'TICKET-CODE-1', gateId: config.gateId },
      { code: 'TICKET-CODE-2', gateId: config.gateId },
    ]);
    await waitFor('logged', () => captured.entries.filter((e) => e.msg.startsWith('scan ok, waiting')).length === 2);
    await delay(100);
    assert.deepEqual(driver.pulses, [1000], 'no opening on the HTTP answer: the server sends open');

    server.gateSocket?.emit('open', { scanId: 'scan-from-http' });
    await waitFor('door opened', () => driver.lastPulse === 2000);
  });

  it('logs a refusal and keeps the door shut', async () => {
    const { server, gate, driver, captured } = await setup({ answer: 'already_used' });
    await waitFor('gate connected', () => server.gateSocket !== undefined);
    const outcome = await gate.scans.handle('TICKET-CODE-3');
    assert.deepEqual(outcome, { mode: 'online', status: 'already_used' });
    assert.ok(captured.has('info', 'scan refused: already_used'));
    assert.deepEqual(driver.pulses, [1000]);
  });

  it('opens locally on an ok when the websocket is down, since no open can arrive', async () => {
    const { server, gate, driver, captured } = await setup({ acceptSockets: false });
    await waitFor('socket refused', () => server.connectAttempts.length >= 1);
    const outcome = await gate.scans.handle('TICKET-CODE-4');
    assert.deepEqual(outcome, { mode: 'online', status: 'ok' });
    assert.equal(driver.lastPulse, 2000);
    assert.ok(captured.has('warn', 'websocket is down, opening locally'));
    assert.equal(gate.door.status().doorState, 'open');
  });

  it('does not fall back to offline when the server refuses the gate key', async () => {
    const { server, gate, driver, captured } = await setup();
    await waitFor('gate connected', () => server.gateSocket !== undefined);
    server.acceptedKey = 'rotated-key';
    const outcome = await gate.scans.handle('TICKET-CODE-5');
    assert.equal(outcome.mode, 'failed');
    assert.ok(captured.has('error', 'scan refused by the server'));
    assert.deepEqual(await gate.queue.all(), []);
    assert.deepEqual(driver.pulses, [1000]);
  });
});
