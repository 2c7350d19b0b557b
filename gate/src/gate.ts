import type { Readable } from 'node:stream';
import type { GateConfig } from './config.js';
import { DoorController } from './door/door-controller.js';
import type { GateDriver } from './drivers/gate-driver.js';
import { errorMessage, type Logger } from './logger.js';
import { AdmittedCodes } from './offline/admitted-codes.js';
import { BundleStore } from './offline/bundle-store.js';
import { OfflineValidator } from './offline/offline-validator.js';
import { ScanQueue } from './offline/scan-queue.js';
import { ScanUploader } from './offline/scan-uploader.js';
import { every } from './periodic.js';
import { startLineScanner } from './scan/line-scanner.js';
import { ScanHandler } from './scan/scan-handler.js';
import { GateSocket } from './server/gate-socket.js';
import { GuichetApi } from './server/guichet-api.js';
import { Reachability } from './server/reachability.js';

export interface GateDeps {
  config: GateConfig;
  driver: GateDriver;
  log: Logger;
  /** Where scanned codes arrive, one per line (stdin in production). */
  input: Readable;
  /** Spread of reconnection delays; tests pin it to 0 to measure the backoff. */
  reconnectJitter?: number;
}

export interface RunningGate {
  door: DoorController;
  scans: ScanHandler;
  queue: ScanQueue;
  uploader: ScanUploader;
  stop(): Promise<void>;
}

/** Wires the parts together and starts them; main.ts and the integration tests share this. */
export async function startGate({ config, driver, log, input, reconnectJitter = 0.5 }: GateDeps): Promise<RunningGate> {
  const api = new GuichetApi({
    serverUrl: config.serverUrl,
    gateId: config.gateId,
    gateKey: config.gateKey,
    timeoutMs: config.httpTimeoutMs,
  });
  const reachability = new Reachability(config.offlineRetryMs);

  const door = new DoorController(
    driver,
    { ...config.servo, ...config.door, thresholdCm: config.sensor.thresholdCm, pollMs: config.sensor.pollMs },
    log,
  );
  door.start();

  const admitted = new AdmittedCodes(config.admittedPath, log);
  await admitted.load();
  const bundles = new BundleStore(config.bundle.path, api, log);
  await bundles.loadFromDisk();
  bundles.onUpdate((bundle) => admitted.prune(bundle.used));
  const queue = new ScanQueue(config.queue.path, log);
  const uploader = new ScanUploader(queue, api, reachability, log);

  const reportFailure = (task: string) => (error: unknown) => log.error(`${task} failed`, { error: errorMessage(error) });

  const socket = new GateSocket({
    serverUrl: config.serverUrl,
    gateId: config.gateId,
    gateKey: config.gateKey,
    heartbeatMs: config.heartbeatMs,
    reconnect: { ...config.reconnect, jitter: reconnectJitter },
    door,
    log,
    onConnect: () => {
      reachability.markUp();
      uploader.flush().catch(reportFailure('offline scan upload'));
      bundles.refresh().catch(reportFailure('offline bundle refresh'));
    },
  });

  const scans = new ScanHandler({
    api,
    reachability,
    validator: new OfflineValidator(bundles, admitted),
    queue,
    admitted,
    door,
    isSocketConnected: () => socket.isConnected(),
    log,
  });

  log.info('gate starting', { gateId: config.gateId, server: config.serverUrl, driver: driver.kind });
  // Syncing starts on connection (onConnect), then runs on the timers below.
  socket.connect();
  const stopTimers = [
    every(config.bundle.refreshMs, () => bundles.refresh(), reportFailure('offline bundle refresh')),
    every(config.queue.uploadMs, () => uploader.flush(), reportFailure('offline scan upload')),
  ];
  const scanner = startLineScanner(input, async (code) => void (await scans.handle(code)), log);

  return {
    door,
    scans,
    queue,
    uploader,
    async stop() {
      scanner.close();
      for (const stop of stopTimers) stop();
      await door.stop();
      socket.close();
      await scanner.done;
    },
  };
}
