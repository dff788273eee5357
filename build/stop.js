// `npm stop`: ends what `npm start` began on Windows and macOS: office-addin-debugging stops the
// development server it started and removes the sideloaded manifest.xml from Excel.
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");
const { officeDebuggingCommand, missingMessage } = require("./officeDebugging");

const root = path.join(__dirname, "..");
const command = officeDebuggingCommand(root);
if (!command) {
  console.log(
    `${missingMessage("remove a sideloaded add-in", root)}\nWithout it \`npm start\` sideloads nothing, so there is nothing to remove; stop the server with Ctrl+C.`,
  );
  process.exit(0);
}
const [node, cli] = command;
const result = spawnSync(node, [cli, "stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);
