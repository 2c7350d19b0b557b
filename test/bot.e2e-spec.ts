import { randomBytes } from 'node:crypto';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { CoreModule, loadConfig } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { BotFeaturesModule } from '../apps/bot/src/bot-features.module';
import { FakeTelegram, startFakeTelegram } from './fakes/telegram';
import { eventually } from './support/eventually';
import { TEST_DATABASE_URL_VAR } from './support/test-database';

describe('the Telegram bot', () => {
  let telegram: FakeTelegram;
  let app: INestApplicationContext;

  beforeAll(async () => {
    telegram = await startFakeTelegram();
    const config = loadConfig({
      DATABASE_URL: process.env[TEST_DATABASE_URL_VAR],
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `guichet-test-${randomBytes(4).toString('hex')}`,
      PUBLIC_URL: 'http://localhost:3000',
      JWT_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'bot@guichet.test',
      STORAGE_DIR: '/tmp',
      LOG_LEVEL: 'error',
      TELEGRAM_BOT_TOKEN: '123456:TEST-token',
      TELEGRAM_API_ROOT: telegram.url,
    });
    @Module({ imports: [CoreModule.forRoot(config, allMigrations), BotFeaturesModule.forRoot(config)] })
    class BotTestModule {}
    app = await NestFactory.createApplicationContext(BotTestModule, { logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await telegram?.close();
  });

  it('greets in French first, then English, on /start through the configured Bot API server', async () => {
    telegram.userSays(1001, '/start');
    const reply = await eventually(async () => telegram.sent.find((message) => message.chat_id === 1001), 10000, 'a reply');
    expect(reply.text.split('\n')[0]).toBe('Bienvenue sur Guichet ! Billets de match, films et séries.');
    expect(reply.text).toContain('Welcome to Guichet!');
  });

  it('answers /help', async () => {
    telegram.userSays(1002, '/help');
    const reply = await eventually(async () => telegram.sent.find((message) => message.chat_id === 1002), 10000, 'a reply');
    expect(reply.text).toContain('Mobile Money');
  });
});
