const fs = require("fs");
const os = require("os");
const path = require("path");

module.exports = async () => {
  const run = process.env.CT_TEST_RUN;
  if (run) fs.rmSync(path.join(os.tmpdir(), `ct-build-${run}`), { recursive: true, force: true });
};
