/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Type errors are caught once by `npm run typecheck`; ts-jest only transpiles, which keeps the suite fast.
  // Starting the app now trains three small models (urgency, article, route: about 3 s idle, several times that on a
  // loaded 2-core CI machine beside the browser suites); tests that start it, or several, need more than 30 s there.
  // A limit for a stuck test, not a speed check (speed is in npm run bench).
  testTimeout: 60000,
};
