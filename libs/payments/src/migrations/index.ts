import { MigrationClass } from '@guichet/common';

export const paymentsMigrations: MigrationClass[] = [];
