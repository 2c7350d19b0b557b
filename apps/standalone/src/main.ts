import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createHttpApp, ensureDatabase, readConfigOrExit } from '@guichet/common';
import { writeLocalEnvFileIfMissing } from './local-environment';
import { StandaloneAppModule } from './standalone-app.module';

async function main() {
  const wroteEnv = writeLocalEnvFileIfMissing();
  const config = readConfigOrExit();
  const createdDatabase = await ensureDatabase(config.DATABASE_URL);
  const app = await createHttpApp(StandaloneAppModule.forRoot(config), config);
  const logger = new Logger('Guichet');
  if (wroteEnv) logger.log('Wrote .env with local settings; the admin login is ADMIN_EMAIL / ADMIN_PASSWORD in it');
  if (createdDatabase) logger.log('Created the database named in DATABASE_URL');
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  logger.log(`Guichet is up: ${config.PUBLIC_URL} (API docs at /api/docs)`);
}

void main();
