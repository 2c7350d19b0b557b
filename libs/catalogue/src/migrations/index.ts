import { MigrationClass } from '@guichet/common';

export const catalogueMigrations: MigrationClass[] = [];
