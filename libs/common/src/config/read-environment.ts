import { existsSync } from 'node:fs';
import type { AppConfig } from './app-config';
import { ConfigError, loadConfig } from './load-config';

export type Environment = Record<string, string | undefined>;

/** `ENV_FILE` names the file to read (default `.env`); `ENV_FILE=none` reads the environment only. */
export function envFileName(): string | undefined {
  const name = process.env.ENV_FILE ?? '.env';
  return name === 'none' ? undefined : name;
}

/**
 * The only place that reads process.env: the env file (if present) fills what the real environment
 * does not set. The launcher of `npm start` looks at it before validation to start local services.
 */
export function readEnvironment(): Environment {
  const envFile = envFileName();
  if (envFile && existsSync(envFile)) process.loadEnvFile(envFile);
  return { ...process.env };
}

/** Validates; a bad configuration ends the process with its reasons. */
export function configOrExit(env: Environment): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(78);
    }
    throw error;
  }
}

export function readConfigOrExit(): AppConfig {
  return configOrExit(readEnvironment());
}
