import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import { productionProblems } from './production-rules';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Parses and validates the environment; throws a ConfigError naming each bad variable (and, in production, each local convenience or placeholder left on). */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(AppConfig, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, forbidUnknownValues: false });
  const problems = errors.map((error) => {
    const messages = Object.values(error.constraints ?? {});
    return error.value === undefined ? `${error.property} is missing` : `${error.property} is invalid: ${messages.join('; ')}`;
  });
  // Every reason at once, so one edit of .env fixes them all.
  const named = new Set(errors.map((error) => error.property));
  problems.push(...productionProblems(config).filter((problem) => !named.has(problem.split(' ')[0])));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
