import { AppConfig } from '@guichet/common';
import { Telegram, TelegramError } from 'telegraf';

/**
 * The Bot API client the worker sends with (the bot process answers through its own Telegraf instance).
 * Absent when no token is configured: deliveries are then skipped, nothing queues up forever.
 */
export abstract class TelegramApi {
  abstract readonly client: Telegram | undefined;
}

export const telegramApiProvider = {
  provide: TelegramApi,
  inject: [AppConfig],
  useFactory: (config: AppConfig): TelegramApi => ({
    client: config.TELEGRAM_BOT_TOKEN
      ? new Telegram(config.TELEGRAM_BOT_TOKEN, config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {})
      : undefined,
  }),
};

/** Telegram's "slow down" (429) with how long to wait, in milliseconds. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof TelegramError) || error.code !== 429) return undefined;
  return Math.max(1, error.parameters?.retry_after ?? 1) * 1000;
}

/** 403: the person blocked the bot (or left); writing again will fail the same way. */
export const isBlocked = (error: unknown) => error instanceof TelegramError && error.code === 403;

/** Editing a message into the text it already has is refused with 400 "message is not modified": nothing to do. */
export const isNotModified = (error: unknown) => error instanceof TelegramError && error.code === 400 && /not modified/i.test(error.description);
