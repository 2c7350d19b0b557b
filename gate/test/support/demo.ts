import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/config.js';
import { simulatePassages } from '../../src/drivers/simulated-passerby.js';
import { SimulatedDriver } from '../../src/drivers/simulated-driver.js';
import { startGate } from '../../src/gate.js';
import { createLogger } from '../../src/logger.js';
import { FakeGuichet } from './fake-guichet.js';

/**
 * `npm run demo`: the gate with the simulated driver against a fake server on loopback
 * that accepts every code and then sends `open`, like the real one. Type a code + Enter.
 */
const gateId = randomUUID();
const key = 'demo-key';
const { publicKey } = generateKeyPairSync('ed25519');
const server: FakeGuichet = await FakeGuichet.start({
  gateId,
  key,
  bundle: {
    generatedAt: new Date().toISOString(),
    publicKeys: [{ kid: 'demo', publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() }],
    revoked: [],
    used: [],
  },
  scanAnswer: () => {
    const scanId = randomUUID();
    setImmediate(() => server.gateSocket?.emit('open', { scanId, holdMs: 8_000 }));
    return { status: 'ok', scanId };
  },
});
const config = parseConfig({
  GATE_SERVER_URL: server.url,
  GATE_ID: gateId,
  GATE_KEY: key,
  GATE_DATA_DIR: mkdtempSync(join(tmpdir(), 'gate-demo-')),
});
const log = createLogger({ format: 'text' });
const driver = new SimulatedDriver();
const gate = await startGate({ config, driver, log, input: process.stdin });
const stopSimulation = simulatePassages(gate.door, driver, log);
log.info('demo ready: type any code and press Enter (Ctrl+C to quit)');

process.once('SIGINT', () => {
  stopSimulation();
  void gate
    .stop()
    .then(() => server.close())
    .then(() => process.exit(0));
});
