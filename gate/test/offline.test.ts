import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import type { GateConfig } from '../src/config.js';
import { SimulatedDriver } from '../src/drivers/simulated-driver.js';
import { type RunningGate, startGate } from '../src/gate.js';
import { signTicketCode } from '../src/offline/ticket-code.js';
import { captureLog, type CapturedLog } from './support/capture-log.js';
import { FakeGuichet } from './support/fake-guichet.js';
import { unusedPort } from './support/free-port.js';
import { TEST_KEY, testConfig } from './support/test-config.js';
import { waitFor } from './support/wait-for.js';

const issuer = generateKeyPairSync('ed25519');
const forger = generateKeyPairSync('ed25519');
const matchId = randomUUID();
const publicKeys = [{ kid: 'k1', publicKey: issuer.publicKey.export({ type: 'spki', format: 'pem' }).toString() }];

const valid = signTicketCode({ kid: 'k1', matchId }, issuer.privateKey);
const forged = signTicketCode({ kid: 'k1', matchId }, forger.privateKey);
const revoked = signTicketCode({ kid: 'k1', matchId }, issuer.privateKey);
const otherMatch = signTicketCode({ kid: 'k1', matchId: randomUUID() }, issuer.privateKey);
const usedElsewhere = signTicketCode({ kid: 'k1', matchId }, issuer.privateKey);

function bundle(used: string[]) {
  return { generatedAt: new Date().toISOString(), publicKeys, revoked: [revoked], used, matchIds: [matchId] };
}

/**
 * One gate living through an outage: it starts with a bundle saved by an earlier run
 * and no server on its port, then the server comes back on that port.
 */
describe('offline mode', () => {
  let config: GateConfig;
  let port: number;
  let gate: RunningGate;
  let driver: SimulatedDriver;
  let captured: CapturedLog;
  let input: PassThrough;
  let server: FakeGuichet | undefined;

  before(async () => {
    port = await unusedPort();
    config = testConfig(`http://127.0.0.1:${port}`, { GATE_UPLOAD_INTERVAL_MS: '1000' });
    mkdirSync(dirname(config.bundle.path), { recursive: true });
    writeFileSync(config.bundle.path, JSON.stringify(bundle([])));
    driver = new SimulatedDriver();
    captured = captureLog();
    input = new PassThrough();
    gate = await startGate({ config, driver, log: captured.log, input, reconnectJitter: 0 });
  });

  after(async () => {
    await gate.stop();
    await server?.close();
  });

  it('accepts a genuine code while the server is down, opens the door and queues the scan', async () => {
    input.write(`${valid}\r\n`);
    await waitFor('door opened', () => driver.lastPulse === config.servo.openUs);
    assert.ok(captured.has('warn', 'server unreachable, validating offline'));
    assert.ok(captured.has('info', 'scan ok (offline)'));

    const queued = await gate.queue.all();
    assert.equal(queued.length, 1);
    assert.equal(queued[0]?.code, valid);
    assert.equal(queued[0]?.result, 'ok');
    assert.match(queued[0]?.nonce ?? '', /^[0-9a-f-]{36}$/);
    assert.ok(Math.abs(Date.parse(queued[0]?.scannedAt ?? '') - Date.now()) < 5_000);
    assert.ok(!captured.entries.some((entry) => JSON.stringify(entry).includes(valid)), 'the code never reaches the log');
  });

  it('refuses a forged signature, a revoked code, another match and a second entry', async () => {
    const verdicts = [];
    for (const code of [forged, revoked, otherMatch, valid]) {
      const outcome = await gate.scans.handle(code);
      verdicts.push(outcome.mode === 'offline' ? outcome.status : outcome.mode);
    }
    assert.deepEqual(verdicts, ['invalid', 'void', 'wrong_match', 'already_used']);
    assert.deepEqual(
      (await gate.queue.all()).map((scan) => scan.result),
      ['ok', 'invalid', 'void', 'wrong_match', 'already_used'],
    );
  });

  it('holds the queue while uploads fail, then uploads it and empties it once the server takes it', async () => {
    server = await FakeGuichet.start({ port, gateId: config.gateId, key: TEST_KEY, bundle: bundle([valid, usedElsewhere]) });
    server.uploadStatus = 503;
    await waitFor('gate reconnected', () => server?.gateSocket !== undefined, 5_000);
    await gate.uploader.flush();
    assert.equal((await gate.queue.all()).length, 5, 'nothing removed without a 2xx');

    server.uploadStatus = 200;
    await gate.uploader.flush();
    assert.equal(server.uploads.length, 1);
    const uploaded = server.uploads[0] as { scans: Array<{ nonce: string; code: string; scannedAt: string; result: string }> };
    assert.equal(uploaded.scans.length, 5);
    assert.deepEqual(Object.keys(uploaded.scans[0] ?? {}).sort(), ['code', 'nonce', 'result', 'scannedAt']);
    assert.equal(uploaded.scans[0]?.code, valid);
    assert.deepEqual(await gate.queue.all(), []);
    assert.equal(readFileSync(config.queue.path, 'utf8'), '', 'the queue file is emptied too');
  });

  it('refreshes the bundle and then refuses offline a code the server lists as used', async () => {
    await waitFor('bundle refreshed', () => captured.has('info', 'offline bundle refreshed'), 5_000);
    assert.ok(readFileSync(config.bundle.path, 'utf8').includes(usedElsewhere), 'fresh bundle saved to disk');

    await server?.close();
    server = undefined;
    const outcome = await gate.scans.handle(usedElsewhere);
    assert.deepEqual(outcome.mode === 'offline' && outcome.status, 'already_used');
    assert.ok(captured.has('info', 'scan refused: already_used'));
  });
});

describe('offline mode without a writable queue', () => {
  it('keeps the door shut rather than admit someone it cannot report', async () => {
    const port = await unusedPort();
    const base = testConfig(`http://127.0.0.1:${port}`);
    const config = { ...base, queue: { ...base.queue, path: dirname(base.bundle.path) } };
    mkdirSync(dirname(config.bundle.path), { recursive: true });
    writeFileSync(config.bundle.path, JSON.stringify(bundle([])));
    const driver = new SimulatedDriver();
    const captured = captureLog();
    const gate = await startGate({ config, driver, log: captured.log, input: new PassThrough(), reconnectJitter: 0 });
    try {
      const outcome = await gate.scans.handle(signTicketCode({ kid: 'k1', matchId }, issuer.privateKey));
      assert.equal(outcome.mode, 'failed');
      assert.deepEqual(driver.pulses, [config.servo.closedUs]);
      assert.ok(captured.has('error', 'could not record it in the offline queue'));
    } finally {
      await gate.stop();
    }
  });
});
