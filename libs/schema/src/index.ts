import { accessMigrations } from '@guichet/access';
import { catalogueMigrations } from '@guichet/catalogue';
import type { MigrationClass } from '@guichet/common';
import { paymentsMigrations } from '@guichet/payments';
import { ticketingMigrations } from '@guichet/ticketing';
import { telegramMigrations } from '@guichet/telegram';
import { usersMigrations } from '@guichet/users';
import { webMigrations } from '@guichet/web';

/** Every migration of every module, in dependency order; listed explicitly (no globs). */
export const allMigrations: MigrationClass[] = [
  ...usersMigrations,
  ...catalogueMigrations,
  ...paymentsMigrations,
  ...ticketingMigrations,
  ...accessMigrations,
  ...telegramMigrations,
  ...webMigrations,
];
