// `npm start`: run the add-in from the development server.
// - On Windows and macOS, where Excel desktop can be, it sideloads manifest.xml into Excel with
//   Microsoft's office-addin-debugging (fetched by npx on first use: its native dependencies do
//   not build on Linux, so it is not a dependency of this repo).
// - Elsewhere it serves the add-in and prints how to load manifest.xml into Excel on the web.
"use strict";

const { spawn } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.PORT || 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

if (desktop && process.env.START_DESKTOP !== "0") {
  console.log("Sideloading manifest.xml into Excel (office-addin-debugging); set START_DESKTOP=0 to only serve.");
  run("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--dev-server", "npx webpack serve --mode development", "--dev-server-port", String(port)]);
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
