import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { createHttpApp, dataSourceOptions, ensureDatabase, readConfigOrExit, readEnvironment } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { FirstAdminService } from '@guichet/users';
import { DataSource } from 'typeorm';
import { offerDemo } from '../../standalone/src/demo/offer-demo';
import { localConfigOrExit } from '../../standalone/src/local/local-config';
import { writeLocalEnvFileIfMissing } from '../../standalone/src/local/local-env-file';
import { StandaloneAppModule } from '../../standalone/src/standalone-app.module';
import { CliAppModule } from './cli-app.module';
import { readLine } from './read-secret';

const USAGE = `Usage:
  npm run cli -- migrate                                  create the database if missing, apply migrations
  npm run cli -- create-admin --email E [--username U]    create a platform admin (password read from stdin)
  npm run seed:demo                                       seed the demo into an empty database (not in production)`;

const say = (line: string) => process.stdout.write(`${line}\n`);

async function migrate(): Promise<void> {
  const config = readConfigOrExit();
  await ensureDatabase(config.DATABASE_URL);
  const db = await new DataSource(dataSourceOptions(config, allMigrations)).initialize();
  try {
    const applied = await db.runMigrations({ transaction: 'each' });
    say(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Database is up to date.');
  } finally {
    await db.destroy();
  }
}

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, username: { type: 'string' } } });
  if (!values.email) throw new Error('--email is required');
  const password = await readLine('Password (at least 12 characters): ');
  if (password.length < 12) throw new Error('The password must be at least 12 characters');
  const config = readConfigOrExit();
  const app = await NestFactory.createApplicationContext(CliAppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const created = await app.get(FirstAdminService).createAdmin(values.email, values.username ?? 'admin', password);
    say(created ? `Admin ${values.email} created.` : `An account with ${values.email} already exists; nothing changed.`);
  } finally {
    await app.close();
  }
}

/**
 * The demo on demand. It goes through the same app as `npm start` (in process, not listening), with the
 * same local stand-ins; it refuses to run next to a started app, which seeds the demo itself.
 */
async function seedDemo(): Promise<void> {
  writeLocalEnvFileIfMissing(readEnvironment());
  const { config, local } = await localConfigOrExit({ oneOff: true });
  if (config.NODE_ENV === 'production') throw new Error('The demo is never seeded in production.');
  try {
    await ensureDatabase(config.DATABASE_URL);
    const app = await createHttpApp(StandaloneAppModule.forRoot(config, local.sandbox), config);
    try {
      await app.init();
      const seeded = await offerDemo(app, config, true);
      if (!seeded) process.exitCode = 1;
    } finally {
      await app.close();
    }
  } finally {
    await local.stop();
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'migrate') return migrate();
  if (command === 'create-admin') return createAdmin(rest);
  if (command === 'seed-demo') return seedDemo();
  say(USAGE);
  process.exitCode = command ? 64 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
