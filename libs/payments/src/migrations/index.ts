import { MigrationClass } from '@guichet/common';
import { CreatePayments1763820000000 } from './1763820000000-create-payments';

export const paymentsMigrations: MigrationClass[] = [CreatePayments1763820000000];
