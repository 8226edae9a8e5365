/** @type {import('jest').Config} */
module.exports = {
  // One worker per CPU: Jest's default leaves one CPU idle, which on a 2-CPU machine halves it.
  maxWorkers: '100%',
  // Recycle a worker whose memory has grown between test files.
  workerIdleMemoryLimit: '350MB',
  // Console output of a test is shown only when it fails (test/quiet-environment.ts).
  testEnvironment: '<rootDir>/test/quiet-environment.ts',
  // dist/ and build/ hold copies of package.json: keep them out of jest's module map.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/build/'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // `../index` is index.ts (the source), never the root index.js that loads the built dist/.
  moduleFileExtensions: ['ts', 'js', 'json', 'node'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  clearMocks: true,
};
