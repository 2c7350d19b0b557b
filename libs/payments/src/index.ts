export * from './payments.module';
export * from './migrations';
