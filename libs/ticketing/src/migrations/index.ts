import type { MigrationClass } from '@guichet/common';
import { CreateTicketing1763830000000 } from './1763830000000-create-ticketing';
import { CreateEntitlements1763860000000 } from './1763860000000-create-entitlements';
import { OrderIdempotencyKey1764400000000 } from './1764400000000-order-idempotency-key';

export const ticketingMigrations: MigrationClass[] = [CreateTicketing1763830000000, CreateEntitlements1763860000000, OrderIdempotencyKey1764400000000];
