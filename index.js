// Zapier's CommonJS wrapper (zapierwrapper.js in build.zip) loads the app from `index.js` at the
// project root. `npm run build` compiles the TypeScript app into dist/ and also bundles it into
// the one file dist/app.js (packages stay external), which loads faster on every cold start
// than the ~170 compiled modules.
module.exports = require('./dist/app.js');
