const { PGlite } = require('@electric-sql/pglite');
(async () => { let t = Date.now(); const db = await PGlite.create(); console.log('start ms', Date.now() - t);
 t = Date.now(); const db2 = await PGlite.create(); console.log('second ms', Date.now() - t);
 if (db.clone) { t = Date.now(); await db.clone(); console.log('clone ms', Date.now() - t); } })();
