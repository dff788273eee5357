import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./helpers";

/**
 * package.json's `engines` against what the locked dependencies declare: every package in
 * package-lock.json must accept the oldest Node version our `engines` allows (so `npm ci` on it
 * prints no engine warning), except any listed below. The list is exact and empty now (issue 16
 * moved pdfjs-dist, webpack-dev-server and webpack-cli to their Node 20 releases and pinned
 * eslint-plugin-regexp's jsdoc-type-pratt-parser to 8): a new dependency that drops Node 20 fails here.
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
const NEED_NODE_22: Record<string, string> = {};

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
