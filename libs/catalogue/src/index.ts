export * from './catalogue.module';
export * from './migrations';
