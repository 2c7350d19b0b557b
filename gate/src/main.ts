import { existsSync } from 'node:fs';
import { ConfigError, parseConfig } from './config.js';
import { createDriver } from './drivers/create-driver.js';
import { simulatePassages } from './drivers/simulated-passerby.js';
import { SimulatedDriver } from './drivers/simulated-driver.js';
import { startGate } from './gate.js';
import { createLogger, errorMessage } from './logger.js';

async function main(): Promise<void> {
  // Convenience for development; on the Pi systemd passes the environment.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = parseConfig(process.env);
  const log = createLogger({ format: config.log.format, minLevel: config.log.level });

  // Before any signal handler: initializing pigpio replaces the process's handlers.
  const driver = await createDriver(config);
  const gate = await startGate({ config, driver, log, input: process.stdin });
  const stopSimulation =
    driver instanceof SimulatedDriver && config.simulatePassage
      ? simulatePassages(gate.door, driver, log)
      : () => undefined;

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    stopSimulation();
    gate
      .stop()
      .then(() => driver.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error('unclean stop', { error: errorMessage(error) });
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // No logger yet when the configuration itself is wrong.
  process.stderr.write(`${error instanceof ConfigError ? error.message : `gate failed to start: ${errorMessage(error)}`}\n`);
  process.exit(1);
});
