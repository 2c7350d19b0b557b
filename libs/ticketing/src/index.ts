export * from './ticketing.module';
export * from './migrations';
