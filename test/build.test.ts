import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./helpers";
import { productionBuild, type ProductionBuild } from "./support/productionBuild";
import { unifiedManifestErrors } from "./support/unifiedManifest";

/**
 * The production web build (what `npm run build:addin` makes), shared with the browser tests:
 * the page, the generated functions.json, the manifests and what they point at.
 */
const T = 300_000;
let build: ProductionBuild;
let out = "";
beforeAll(async () => {
  build = await productionBuild();
  out = build.out;
}, T);

const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");

describe("the add-in's production build", () => {
  test("compiles without errors", () => {
    expect(build.errors).toBe("");
  });

  test("taskpane.html loads the pane and the functions, with a Content-Security-Policy and Office's script as the only remote resource", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/gu)].map((m) => m[1] as string);
    expect(scripts).toContain("taskpane.js");
    expect(scripts).toContain("functions.js");
    for (const src of scripts) {
      if (/^https:/u.test(src)) expect(src).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      else expect(fs.existsSync(path.join(out, src))).toBe(true);
    }
    expect(html).toMatch(/http-equiv="?Content-Security-Policy/u);
    expect(html).not.toMatch(/<link[^>]+href="?https?:/u);
  });

  test("functions.json declares the CT functions of functions.ts", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    expect(metadata.functions.map((f) => f.id)).toContain("EXTRACT");
  });

  test("the manifests are there, and every file they name on the server was built", () => {
    expect(build.publicUrl).toMatch(/^https:\/\/[^/]+\/.+\/$/u);
    const escaped = build.publicUrl.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
    for (const manifest of ["manifest.xml", "manifest.json"]) {
      const urls = [...read(manifest).matchAll(new RegExp(`${escaped}([^"#?\\s)]*)`, "gu"))].map((m) => m[1] as string);
      expect(urls.length).toBeGreaterThan(5);
      for (const file of urls) expect({ manifest, file, built: fs.existsSync(path.join(out, file)) }).toEqual({ manifest, file, built: true });
    }
  });

  test("built with ADDIN_PUBLIC_URL, no manifest (nor functions.json) names localhost, validDomains included", () => {
    const shipped = build.assets.filter((name) => /^manifest.*\.(?:xml|json)$/u.test(name));
    expect(shipped.sort()).toEqual(["manifest.json", "manifest.xml"]);
    for (const file of [...shipped, "functions.json"])
      expect({ file, localhost: /localhost|127\.0\.0\.1/iu.test(read(file)) }).toEqual({ file, localhost: false });
    const json = JSON.parse(read("manifest.json")) as { validDomains: string[] };
    expect(json.validDomains).toEqual([new URL(build.publicUrl).origin]);
  });

  test("the built manifest.json validates against Microsoft's schema of its manifestVersion (offline)", async () => {
    expect(await unifiedManifestErrors(JSON.parse(read("manifest.json")) as { manifestVersion: string })).toEqual([]);
  });

  test("the bundled seeds are served with an index the pane reads", () => {
    const index = JSON.parse(read("seeds/index.json")) as { file: string; bytes: number }[];
    const seeds = fs.readdirSync(path.join(ROOT, "seeds")).sort();
    expect(index.map((e) => e.file)).toEqual(seeds);
    for (const e of index) expect(fs.statSync(path.join(out, "seeds", e.file)).size).toBe(e.bytes);
  });

  test("the extraction worker is one self-contained file and pdf.js's worker is served beside the page", () => {
    const worker = read("extract.worker.js");
    // A worker cannot load the page's chunks: no chunk loading through importScripts or JSONP.
    expect(worker).not.toMatch(/importScripts\(/u);
    expect(worker).not.toMatch(/webpackChunk/u);
    expect(read("pdf.worker.min.mjs").length).toBeGreaterThan(100_000);
    const html = read("taskpane.html");
    expect(html).toMatch(/worker-src 'self'/u);
    expect(html).not.toMatch(/extract\.worker\.js/u);
  });

  test("no shipped script of the pane's own sets HTML from strings", () => {
    for (const file of ["taskpane.js", "shared.js", "extract.worker.js"]) {
      expect({ file, innerHTML: /\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML/u.test(read(file)) }).toEqual({ file, innerHTML: false });
    }
  });
});
