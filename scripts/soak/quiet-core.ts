// Imported first: zapier-platform-core reads NODE_ENV when it loads, and in a test run it skips
// its per-invocation memory log (and applies its stricter result checks).
process.env.NODE_ENV ??= 'test';
