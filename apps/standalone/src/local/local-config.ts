import type { AppConfig } from '@guichet/common';
import { ConfigError, loadConfig, readEnvironment } from '@guichet/common';
import type { LocalServices } from './local-services';
import { startLocalServices } from './local-services';
import { LocalServiceError } from './local-service-error';

/**
 * Reads the environment, starts the local stand-ins it does not name, then validates the result.
 * Every failure ends the process with its reason, after stopping what was already started.
 */
export async function localConfigOrExit(options: { oneOff: boolean }): Promise<{ config: AppConfig; local: LocalServices }> {
  const env = readEnvironment();
  let local: LocalServices;
  try {
    local = await startLocalServices(env, options);
  } catch (error) {
    if (!(error instanceof LocalServiceError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(69);
  }
  try {
    return { config: loadConfig({ ...env, ...local.env }), local };
  } catch (error) {
    await local.stop();
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
    process.exit(78);
  }
}
