// jest's jsdom environment, loaded so that a polyfill leaked into the worker's own global cannot
// break it. pdf.js's Node build (loaded by the CLI's tests through a real dynamic import, which
// runs outside jest's sandbox) installs core-js polyfills such as `Iterator` on that global.
// jsdom lists the JS globals to copy into each window from the names that global has, once, when
// it is first loaded; a name that only the polyfill added is missing in the window's fresh realm,
// and every later jsdom suite in that worker fails with "Iterator is not defined". So jsdom is
// loaded here with those names hidden for the moment, then they are put back.
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const jsdomMain = require.resolve("jsdom", { paths: [path.dirname(require.resolve("jest-environment-jsdom"))] });
const jsGlobals = Object.keys(JSON.parse(fs.readFileSync(path.join(path.dirname(jsdomMain), "jsdom", "browser", "js-globals.json"), "utf8")));
const realmHas = new Set(vm.runInNewContext("Object.getOwnPropertyNames(globalThis)"));
const leaked = jsGlobals.filter((name) => name in globalThis && !realmHas.has(name));
const saved = leaked.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
for (const [name] of saved) delete globalThis[name];
try {
  require(jsdomMain);
} finally {
  for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(globalThis, name, descriptor);
}

module.exports = require("jest-environment-jsdom").TestEnvironment;
