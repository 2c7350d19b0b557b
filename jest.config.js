// isolatedModules: files are transpiled one by one (fast); `npm run typecheck` does the type checking.
const tsJest = ['ts-jest', { diagnostics: false }];
const moduleNameMapper = {
  '^@guichet/(common|users|catalogue|ticketing|payments|access|schema|web|telegram|features)$': '<rootDir>/libs/$1/src',
};
const shared = { rootDir: __dirname, testEnvironment: 'node', setupFiles: ['reflect-metadata'], transform: { '^.+\\.ts$': tsJest }, moduleNameMapper };

module.exports = {
  maxWorkers: 2,
  // A worker that has run many app-starting specs holds over a gigabyte; it is replaced before the next file, so
  // each spec (the memory bounds of test/content-memory.e2e-spec.ts above all) starts from a small heap.
  workerIdleMemoryLimit: '1GB',
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
