/** @type {import('jest').Config} */
module.exports = {
  // Recycle a worker whose memory has grown (see test/faults.ts on Zapier's memory guard).
  workerIdleMemoryLimit: '350MB',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  clearMocks: true,
};
