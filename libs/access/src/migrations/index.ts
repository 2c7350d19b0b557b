import { MigrationClass } from '@guichet/common';

export const accessMigrations: MigrationClass[] = [];
