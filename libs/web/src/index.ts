export * from './web.module';
export * from './migrations';
