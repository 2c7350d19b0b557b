import type { MigrationClass } from '@guichet/common';
import { CreateAccess1763840000000 } from './1763840000000-create-access';

export const accessMigrations: MigrationClass[] = [CreateAccess1763840000000];
