export * from './telegram-bot.module';
export * from './telegram-worker.module';
export * from './telegram-api.module';
export * from './migrations';
