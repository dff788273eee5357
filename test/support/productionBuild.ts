/**
 * The add-in's production web build (what `npm run build:addin` makes), built once per jest run
 * into a temporary folder and shared by the suites that need it (the build checks, the browser
 * tests), whichever worker gets there first. A lock folder makes the others wait for it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { ROOT } from "../helpers";

export interface ProductionBuild {
  /** The folder the build was written to. */
  out: string;
  /** webpack's errors, "" when there were none. */
  errors: string;
  /** Emitted asset names. */
  assets: string[];
  /** The ADDIN_PUBLIC_URL it was built with (as build/urls.js normalises it), as a real deployment is. */
  publicUrl: string;
}

/** A made-up public address: the build substitutes it for the development server's in the manifests. */
const PUBLIC_URL = "https://addins.example.org/commitments-tracker/";

const WAIT_MS = 300_000;

async function build(out: string): Promise<ProductionBuild> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration>;
  const saved = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
  let config: webpack.Configuration;
  try {
    config = await configure({ WEBPACK_BUILD: true }, { mode: "production" });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
  config.output = { ...config.output, path: out };
  config.plugins = (config.plugins ?? []).filter((p) => p?.constructor.name !== "BundleSizePlugin");
  const stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  return { out, errors: stats.hasErrors() ? stats.toString("errors-only") : "", assets: Object.keys(stats.compilation.assets).sort(), publicUrl: PUBLIC_URL };
}

export async function productionBuild(): Promise<ProductionBuild> {
  const run = process.env.CT_TEST_RUN ?? `${process.pid}`;
  const base = path.join(os.tmpdir(), `ct-build-${run}`);
  const out = path.join(base, "dist");
  const done = path.join(base, "build.json");
  try {
    fs.mkdirSync(base, { recursive: false });
  } catch {
    // Another suite is building (or has built): wait for its result.
    const until = Date.now() + WAIT_MS;
    while (!fs.existsSync(done)) {
      if (Date.now() > until) throw new Error(`the production build in ${base} did not finish within ${WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return JSON.parse(fs.readFileSync(done, "utf8")) as ProductionBuild;
  }
  const result = await build(out);
  fs.writeFileSync(`${done}.tmp`, JSON.stringify(result));
  fs.renameSync(`${done}.tmp`, done);
  return result;
}
