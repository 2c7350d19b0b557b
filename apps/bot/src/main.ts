import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readConfigOrExit } from '@guichet/common';
import { Logger } from 'nestjs-pino';
import { BotAppModule } from './bot-app.module';

async function main() {
  const config = readConfigOrExit();
  const app = await NestFactory.createApplicationContext(BotAppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

void main();
