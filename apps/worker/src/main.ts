import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readConfigOrExit } from '@guichet/common';
import { Logger } from 'nestjs-pino';
import { WorkerAppModule } from './worker-app.module';

async function main() {
  const config = readConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Closes the BullMQ workers on SIGTERM so that running jobs finish instead of being retried.
  app.enableShutdownHooks();
}

void main();
