import type { MigrationClass } from '@guichet/common';
import { CreateTelegram1764200000000 } from './1764200000000-create-telegram';
import { ClubFollows1764630000000 } from './1764630000000-club-follows';
import { TelegramStopped1764700000000 } from './1764700000000-telegram-stopped';

export const telegramMigrations: MigrationClass[] = [CreateTelegram1764200000000, ClubFollows1764630000000, TelegramStopped1764700000000];
