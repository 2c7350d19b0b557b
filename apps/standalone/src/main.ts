import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, ensureDatabase, readEnvironment } from '@guichet/common';
import { offerDemo } from './demo/offer-demo';
import { localConfigOrExit } from './local/local-config';
import { writeLocalEnvFileIfMissing } from './local/local-env-file';
import { StandaloneAppModule } from './standalone-app.module';

/**
 * createHttpApp lets Nest end the process right after the app closes on SIGTERM; here the local database
 * and Redis must stop after the app (its jobs and connections), so this process handles the signals.
 */
function stopInOrderOnSignals(app: NestFastifyApplication, stopLocal: () => Promise<void>, logger: Logger): void {
  (app as unknown as { unsubscribeFromProcessSignals(): void }).unsubscribeFromProcessSignals();
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: closing the app, then the local services`);
    try {
      await app.close();
    } finally {
      await stopLocal();
      process.exit(0);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, (s) => void stop(s));
}

async function main() {
  const logger = new Logger('Guichet');
  const wroteEnv = writeLocalEnvFileIfMissing(readEnvironment());
  const { config, local } = await localConfigOrExit({ oneOff: false });
  try {
    const createdDatabase = await ensureDatabase(config.DATABASE_URL);
    const app = await createHttpApp(StandaloneAppModule.forRoot(config, local.sandbox), config);
    stopInOrderOnSignals(app, () => local.stop(), logger);
    await app.init();
    if (wroteEnv) logger.log('Wrote .env with local settings; the admin login is ADMIN_EMAIL / ADMIN_PASSWORD in it');
    if (createdDatabase) logger.log('Created the database named in DATABASE_URL');
    for (const note of local.notes) logger.log(note);
    await offerDemo(app, config);
    await app.listen({ port: config.PORT, host: '0.0.0.0' });
    logger.log(`Guichet is up: ${config.PUBLIC_URL} (API docs at /api/docs)`);
  } catch (error) {
    // Straight to stderr: Nest may still be buffering its logs when the start fails.
    process.stderr.write(`Guichet could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await local.stop();
    process.exit(1);
  }
}

void main();
