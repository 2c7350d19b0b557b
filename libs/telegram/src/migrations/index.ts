import { MigrationClass } from '@guichet/common';
import { CreateTelegram1764200000000 } from './1764200000000-create-telegram';

export const telegramMigrations: MigrationClass[] = [CreateTelegram1764200000000];
