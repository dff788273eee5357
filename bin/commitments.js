#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to lib/ by `npm run build:cli` (run automatically by `npm ci`).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("commitments: the CLI is not built yet; run `npm run build:cli` (or `npm ci`) first.\n");
    process.exit(2);
  }
  throw err;
}
// exitCode, not exit(): output written to a pipe must drain before the process ends.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
