// Microsoft's office-addin-debugging (sideloads manifest.xml into Excel desktop and removes it
// again), taken from this repo's node_modules only: never fetched at run time, so the version
// used is the one package-lock.json pins. It is meant as an optionalDependency: its native
// dependencies do not build everywhere (Linux), and npm skips it there.
"use strict";

const fs = require("fs");
const path = require("path");

/**
 * The office-addin-debugging command line installed under `root` (its package's "bin"), as
 * [node, cli.js], or null when it is not installed.
 */
function officeDebuggingCommand(root) {
  let manifest;
  try {
    manifest = require.resolve("office-addin-debugging/package.json", { paths: [root] });
  } catch {
    return null;
  }
  const pkg = JSON.parse(fs.readFileSync(manifest, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin && pkg.bin["office-addin-debugging"];
  if (!bin) return null;
  return [process.execPath, path.join(path.dirname(manifest), bin)];
}

/** What to say when it is missing, for `what` ("sideload the add-in", "remove the sideloaded add-in"). */
function missingMessage(what) {
  return [
    `office-addin-debugging is not installed, so npm cannot ${what} here.`,
    "It is an optional dependency of this repo (its native parts build on Windows and macOS only):",
    "`npm ci` on Windows or macOS installs the version package-lock.json pins.",
  ].join("\n");
}

module.exports = { officeDebuggingCommand, missingMessage };
