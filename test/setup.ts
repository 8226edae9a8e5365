import nock from 'nock';

// Tests never reach the network; loopback stays open for the sandbox's end-to-end tests.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});
afterEach(() => {
  nock.cleanAll();
});

// Zapier's core ends the process once a Lambda has run 250 invocations above 450 MB, so that
// Zapier starts a fresh one. A test worker runs thousands of invocations and is no Lambda.
jest.mock('zapier-platform-core/src/tools/memory-checker', () => jest.fn());
