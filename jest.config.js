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
  // On a 2-core machine jest has one worker, so it would run every file in band in its own main process: each file's
  // modules and trained models stay reachable, and round 18's CI run died there at the 4 GB heap limit after 155 of the
  // suites. A memory limit makes jest run the files in a worker and start a fresh one whenever a file leaves it above
  // this (jest's documented remedy for leaks across test files).
  workerIdleMemoryLimit: '1.5GB',
};
