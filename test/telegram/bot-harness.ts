import { randomInt } from 'node:crypto';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, CoreModule } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import request from 'supertest';
import { BotFeaturesModule } from '@guichet/features';
import { FakeTelegram, SentMessage, startFakeTelegram } from '../fakes/telegram';
import { bearer, Session } from '../support/accounts';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

export const ADMIN_CHAT_ID = -1009876543210;

/** Telegram user ids of this run: random, so that spec files sharing the database never meet. */
export const telegramId = () => randomInt(1_000_000_000, 2_000_000_000);

export interface BotWorld {
  telegram: FakeTelegram;
  app: TestApp;
  bot: INestApplicationContext;
  /** Stops the bot process and starts a new one (same database, same Redis): nothing kept in memory survives. */
  restartBot(): Promise<void>;
  close(): Promise<void>;
}

async function startBot(config: AppConfig): Promise<INestApplicationContext> {
  @Module({ imports: [CoreModule.forRoot(config, allMigrations), BotFeaturesModule.forRoot(config)] })
  class BotTestModule {}
  return NestFactory.createApplicationContext(BotTestModule, { logger: false });
}

/** The API and the worker (startTestApp), a separate bot process, all talking to one fake Bot API. */
export async function startBotWorld(extraEnv: Record<string, string> = {}): Promise<BotWorld> {
  const telegram = await startFakeTelegram();
  const app = await startTestApp({
    TELEGRAM_BOT_TOKEN: '123456:TEST-token',
    TELEGRAM_API_ROOT: telegram.url,
    TELEGRAM_ADMIN_CHAT_ID: String(ADMIN_CHAT_ID),
    MOBILE_MONEY_OPERATORS: 'MTN Mobile Money:+237670000000,Orange Money:+237690000000',
    ...extraEnv,
  });
  const world: BotWorld = {
    telegram,
    app,
    bot: await startBot(app.config),
    async restartBot() {
      await world.bot.close();
      world.bot = await startBot(app.config);
    },
    async close() {
      await world.bot?.close();
      await app?.close();
      await telegram?.close();
    },
  };
  return world;
}

/** Waits for the next thing the bot sends to a chat after `since` messages were already there. */
export function nextTo(
  telegram: FakeTelegram,
  chatId: number,
  since: number,
  what = 'a message',
  match: (m: SentMessage) => boolean = () => true,
): Promise<SentMessage> {
  return eventually(() => telegram.to(chatId).slice(since).find(match), 30000, what);
}

export const buttonsOf = (message: { reply_markup?: SentMessage['reply_markup'] }) => (message.reply_markup?.inline_keyboard ?? []).flat();

/** Links a web user's Telegram account with a one-time code, as the console would. */
export async function linkTelegram(world: BotWorld, session: Session, telegramUserId: number): Promise<void> {
  const res = await request(world.app.url).post('/api/v1/me/telegram/link-code').set(bearer(session)).expect(201);
  const before = world.telegram.to(telegramUserId).length;
  world.telegram.userSays(telegramUserId, `/link ${(res.body as { code: string }).code}`, { from: { id: telegramUserId, first_name: 'Admin' } });
  await nextTo(world.telegram, telegramUserId, before, 'the link confirmation', (m) => /lié|linked/.test(m.text));
}
