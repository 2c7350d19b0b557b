import { MigrationClass } from '@guichet/common';
import { CreateTicketing1763830000000 } from './1763830000000-create-ticketing';
import { CreateEntitlements1763860000000 } from './1763860000000-create-entitlements';

export const ticketingMigrations: MigrationClass[] = [CreateTicketing1763830000000, CreateEntitlements1763860000000];
