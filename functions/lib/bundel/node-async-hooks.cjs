// See lokaal/bundels.ts BUNDEL_ALIASSEN (an ESM import of a built-in costs cold start).
module.exports = process.getBuiltinModule("node:async_hooks");
