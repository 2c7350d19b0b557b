import { existsSync } from 'node:fs';
import { AppConfig } from './app-config';
import { ConfigError, loadConfig } from './load-config';

/**
 * The only place that reads process.env: `.env` (if present) fills what the real environment
 * does not set, then everything is validated. A bad configuration ends the process with its reasons.
 */
export function readConfigOrExit(envFile = '.env'): AppConfig {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(78);
    }
    throw error;
  }
}
