// `npm start`: run the add-in from the development server.
// - On Windows and macOS, where Excel desktop can be, it sideloads manifest.xml into Excel with
//   Microsoft's office-addin-debugging from node_modules (build/officeDebugging.js: never fetched
//   at run time); `npm stop` removes it again.
// - Elsewhere (or when office-addin-debugging is not installed) it serves the add-in and prints
//   how to load manifest.xml into Excel on the web.
"use strict";

const { spawn } = require("child_process");
const path = require("path");
const { officeDebuggingCommand, missingMessage } = require("./officeDebugging");

const root = path.join(__dirname, "..");
const port = Number(process.env.PORT || 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";

/** npx needs a shell on Windows; node itself does not (and its path may hold spaces). */
function run(command, args, shell = process.platform === "win32") {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

const debugging = desktop && process.env.START_DESKTOP !== "0" ? officeDebuggingCommand(root) : null;
if (desktop && process.env.START_DESKTOP !== "0" && !debugging) console.log(`${missingMessage("sideload the add-in into Excel desktop", root)}\nServing only.`);

if (debugging) {
  console.log("Sideloading manifest.xml into Excel (office-addin-debugging); `npm stop` removes it. Set START_DESKTOP=0 to only serve.");
  const [node, cli] = debugging;
  run(
    node,
    [cli, "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npx webpack serve --mode development", "--dev-server-port", String(port)],
    false,
  );
} else {
  const scheme = process.env.DEV_SERVER_HTTP === "1" ? "http" : "https";
  console.log(
    [
      `Serving the add-in at ${scheme}://localhost:${port}/ (taskpane.html, functions.json, manifest.xml).`,
      "To use it in Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins >",
      "Upload My Add-in, and choose manifest.xml from this folder. The browser must trust the",
      `certificate of https://localhost:${port}/ first: open that address once and accept it.`,
      `The pane also works in any browser at ${scheme}://localhost:${port}/taskpane.html (it downloads the .xlsx instead of writing).`,
    ].join("\n"),
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
