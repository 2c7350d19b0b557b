import type { MigrationClass } from '@guichet/common';
import { CreatePayments1763820000000 } from './1763820000000-create-payments';
import { PaymentReferenceUnique1763850000000 } from './1763850000000-payment-reference-unique';
import { PaymentProofBytes1764500000001 } from './1764500000001-payment-proof-bytes';

export const paymentsMigrations: MigrationClass[] = [CreatePayments1763820000000, PaymentReferenceUnique1763850000000, PaymentProofBytes1764500000001];
