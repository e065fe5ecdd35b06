/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Type errors are caught once by `npm run typecheck`; ts-jest only transpiles, which keeps the suite fast.
  testTimeout: 30000,
};
