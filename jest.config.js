// swc instead of ts-jest: the suite is transpiled, `npm run typecheck` does the type checking.
const swc = ['@swc/jest', {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
  },
}];
const moduleNameMapper = {
  '^@guichet/(common|users|catalogue|ticketing|payments|access|schema)$': '<rootDir>/libs/$1/src',
};
const shared = { rootDir: __dirname, testEnvironment: 'node', setupFiles: ['reflect-metadata'], transform: { '^.+\\.ts$': swc }, moduleNameMapper };

module.exports = {
  maxWorkers: 2,
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
