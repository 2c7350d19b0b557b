import { DynamicModule, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@guichet/common';
import { TelegramBotModule } from '@guichet/telegram';
import { TelegrafModule } from 'nestjs-telegraf';

@Injectable()
class BotDisabledNotice implements OnApplicationBootstrap {
  onApplicationBootstrap(): void {
    new Logger('Bot').warn('Telegram bot disabled: TELEGRAM_BOT_TOKEN is not set');
  }
}

/** The Telegram bot (nestjs-telegraf, long polling), started only when a token is configured. */
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
          include: [TelegramBotModule],
        }),
        TelegramBotModule,
      ],
    };
  }
}
