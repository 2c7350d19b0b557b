import { MigrationClass } from '@guichet/common';
import { CreateTicketing1763830000000 } from './1763830000000-create-ticketing';

export const ticketingMigrations: MigrationClass[] = [CreateTicketing1763830000000];
