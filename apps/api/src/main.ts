import 'reflect-metadata';
import { createHttpApp, readConfigOrExit } from '@guichet/common';
import { ApiAppModule } from './api-app.module';

async function main() {
  const config = readConfigOrExit();
  const app = await createHttpApp(ApiAppModule.forRoot(config), config);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
}

void main();
