// Runs before any module loads: a known environment, whatever the machine has.
process.env.CLIENT_ID = 'test-client-id';
process.env.CLIENT_SECRET = 'test-client-secret';
delete process.env.GHL_API_BASE_URL;
delete process.env.GHL_CONNECTION;
