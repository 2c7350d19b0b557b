export * from './payments.module';
export * from './migrations';
export * from './payments/payments.service';
export * from './payments/payment-view';
export * from './payments/payment.entity';
