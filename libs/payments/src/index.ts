export * from './payments.module';
export * from './migrations';
export * from './payments/payments.service';
export * from './payments/payment-view';
export * from './payments/payment.entity';
export * from './providers/content-payment-provider';
export * from './stats/payment-stats.service';
export * from './review/payment-proof.service';
