// What each process runs, as modules: the api, worker and bot apps each load one, the single-process mode
// all three. Here so that apps only compose libs and never import one another.
export * from './api-features.module';
export * from './worker-features.module';
export * from './bot-features.module';
