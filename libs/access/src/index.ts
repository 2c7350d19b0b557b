export * from './access.module';
export * from './migrations';
