// Zapier's CommonJS wrapper (zapierwrapper.js in build.zip) loads the app from `index.js` at the
// project root; the TypeScript app itself is compiled from index.ts to dist/ by `npm run build`.
module.exports = require('./dist/index.js');
