import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./helpers";

/**
 * package.json's `engines` against what the locked dependencies declare: every package in
 * package-lock.json must accept the oldest Node version our `engines` allows, except the ones
 * listed below, which need Node 22 in the versions locked now and have Node 20 releases to move
 * to (issue 16). The list is exact: a new dependency that drops Node 20 fails here, and so does
 * a downgrade that is not taken off the list.
 */
// semver ships no types here; the two functions used are typed by hand.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require("semver") as { minVersion(range: string): { version: string } | null; satisfies(version: string, range: string): boolean };

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
  dev?: boolean;
  optional?: boolean;
}
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };

/** Locked packages (name@version → why) that want a newer Node than our `engines` allows. */
const NEED_NODE_22: Record<string, string> = {
  "pdfjs-dist@6.5.438": "runtime: .pdf reading (pdfjs-dist 5.6.x supports Node >= 20.19)",
  "webpack-dev-server@6.1.0": "npm start only (webpack-dev-server 5.2.x supports Node >= 18.12)",
  "http-proxy-middleware@4.2.2": "through webpack-dev-server 6",
  "p-retry@8.0.1": "through webpack-dev-server 6",
  "rechoir@1.0.0": "through webpack-cli 7 (webpack-cli 6.0.x supports Node >= 18.12)",
  "jsdoc-type-pratt-parser@9.5.0": "through eslint-plugin-regexp 3",
};

describe("engines", () => {
  const oldest = semver.minVersion(pkg.engines.node)?.version ?? "";

  test("package.json's engines name a Node version range that the machines here (Node 20) fall in", () => {
    expect(oldest).toMatch(/^20\./u);
  });

  test("every locked package accepts that oldest Node version, but for the known Node 22 ones", () => {
    const refusing: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
      if (!where || !range || !entry.version) continue;
      if (!semver.satisfies(oldest, range)) refusing.push(`${where.replace(/^.*node_modules\//u, "")}@${entry.version}`);
    }
    expect([...new Set(refusing)].sort()).toEqual(Object.keys(NEED_NODE_22).sort());
  });
});
