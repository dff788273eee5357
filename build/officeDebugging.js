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

/** What to say when it is missing under `root`, for `what` ("sideload the add-in", …): how to get it, as package.json stands. */
function missingMessage(what, root = path.join(__dirname, "..")) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const listed = ["optionalDependencies", "devDependencies", "dependencies"].some((k) => pkg[k] && pkg[k]["office-addin-debugging"]);
  return [
    `office-addin-debugging is not installed, so npm cannot ${what} here.`,
    listed
      ? "It is an optional dependency (its native parts do not build everywhere): `npm ci` on Windows or macOS installs the version package-lock.json pins."
      : "package.json does not list it yet: add it with `npm install --save-exact --save-optional office-addin-debugging` (on Windows or macOS).",
  ].join("\n");
}

module.exports = { officeDebuggingCommand, missingMessage };
