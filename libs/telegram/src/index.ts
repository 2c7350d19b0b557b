export * from './telegram-bot.module';
export * from './telegram-worker.module';
export * from './telegram-api.module';
export * from './migrations';
export * from './telegram-shared.module';
export * from './linking/link-codes.service';
export * from './accounts/telegram-accounts.service';
