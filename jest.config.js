/** @type {import('jest').Config} */
module.exports = {
  // Recycle a worker whose memory has grown between test files.
  workerIdleMemoryLimit: '350MB',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  clearMocks: true,
};
