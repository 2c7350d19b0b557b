export * from './payments-sandbox';
export * from './payments-sandbox.module';
export { SANDBOX_PAGES_PATH } from './payments-sandbox-pages';
