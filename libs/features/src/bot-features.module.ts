import { DynamicModule, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@guichet/common';
import { TelegramBotModule } from '@guichet/telegram';
import { TelegrafModule } from 'nestjs-telegraf';
import { Telegraf } from 'telegraf';

@Injectable()
class BotDisabledNotice implements OnApplicationBootstrap {
  onApplicationBootstrap(): void {
    new Logger('Bot').warn('Telegram bot disabled: TELEGRAM_BOT_TOKEN is not set');
  }
}

/**
 * Long polling locally; with TELEGRAM_WEBHOOK_URL, Telegraf registers the webhook (setWebhook with the
 * secret token) and listens on TELEGRAM_WEBHOOK_PORT, refusing updates whose secret header does not match.
 */
function launchOptions(config: AppConfig): Telegraf.LaunchOptions {
  if (!config.TELEGRAM_WEBHOOK_URL) return {};
  const url = new URL(config.TELEGRAM_WEBHOOK_URL);
  return {
    webhook: { domain: url.origin, path: url.pathname, port: config.TELEGRAM_WEBHOOK_PORT, secretToken: config.TELEGRAM_WEBHOOK_SECRET },
  };
}

/** The Telegram bot (nestjs-telegraf), started only when a token is configured. */
@Module({})
export class BotFeaturesModule {
  static forRoot(config: AppConfig): DynamicModule {
    const token = config.TELEGRAM_BOT_TOKEN;
    if (!token) return { module: BotFeaturesModule, providers: [BotDisabledNotice] };
    return {
      module: BotFeaturesModule,
      imports: [
        TelegrafModule.forRoot({
          token,
          options: config.TELEGRAM_API_ROOT ? { telegram: { apiRoot: config.TELEGRAM_API_ROOT } } : {},
          launchOptions: launchOptions(config),
          include: [TelegramBotModule],
        }),
        TelegramBotModule,
      ],
    };
  }
}
