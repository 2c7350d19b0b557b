import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@guichet/common';
import { demoLoginsToKeep } from '../local/local-env-file';
import type { DemoLogins } from './demo-seeder';
import { DemoSeeder } from './demo-seeder';

/** Prints the logins once, on the start that seeded them (they stay in .env). */
export function printLogins(config: AppConfig, logins: DemoLogins): void {
  const lines = [
    '',
    '  Demo ready. Log in with (also in .env):',
    `    admin        ${config.ADMIN_EMAIL}  /  ${config.ADMIN_PASSWORD}`,
    `    organizer    ${logins.DEMO_ORGANIZER_EMAIL}  /  ${logins.DEMO_ORGANIZER_PASSWORD}`,
    `    customer     ${logins.DEMO_CUSTOMER_EMAIL}  /  ${logins.DEMO_CUSTOMER_PASSWORD}`,
    `  Outbox: ${config.PUBLIC_URL}/outbox   Scanner: ${config.PUBLIC_URL}/scanner`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * The first local start with an empty database gets the demo; never in production, never with
 * DEMO_DATA=false. `force` is `npm run seed:demo` (still only into an empty database).
 */
export async function offerDemo(app: NestFastifyApplication, config: AppConfig, force = false): Promise<boolean> {
  const logger = new Logger('Demo');
  if (config.NODE_ENV === 'production' || (!force && !config.DEMO_DATA)) return false;
  const seeder = new DemoSeeder(app, config);
  if (!(await seeder.isEmpty())) {
    if (force) logger.warn('The database already has clubs or content: the demo is only seeded into an empty one');
    return false;
  }
  logger.log('Seeding the demo (first start with an empty database; DEMO_DATA=false skips it)');
  const logins = demoLoginsToKeep(config);
  await seeder.seed(logins);
  printLogins(config, logins);
  return true;
}
