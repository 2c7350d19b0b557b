import { MigrationClass } from '@guichet/common';

export const ticketingMigrations: MigrationClass[] = [];
