// The add-in's web build: one page (taskpane.html) that loads the pane and the custom functions
// into the shared runtime, functions.json generated from the functions' JSDoc, and the page's
// files (icons, manifests, help, the bundled seeds). The ribbon's only command opens the pane,
// which Office does itself (ShowTaskpane), so there is no separate commands bundle: any command
// that runs code would be registered from this same page.
//
//   npm run build:addin     minified production build into dist/, with a table of bundle sizes
//   npm start               development server (https://localhost:3000/, http fallback)
//
// ADDIN_PUBLIC_URL (https) replaces https://localhost:3000/ in the manifests and functions.json
// of a production build.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, sources } = require("webpack");
const { publicUrl, substituteUrls } = require("./build/urls");

/** The page's entries share chunks; the worker is self-contained (a worker cannot load the page's chunks). */
const pageChunks = (chunk) => chunk.name !== "extract.worker" && chunk.isOnlyInitial();

const SEED_FILE = /\.(?:txt|md|html?)$/iu;
const PORT = Number(process.env.PORT || 3000);

/** seeds/index.json: the bundled documents the pane lists (name and size). */
class SeedIndexPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SeedIndexPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SeedIndexPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const dir = path.join(__dirname, "seeds");
        const entries = fs
          .readdirSync(dir)
          .filter((f) => SEED_FILE.test(f))
          .sort()
          .map((file) => ({ file, bytes: fs.statSync(path.join(dir, file)).size }));
        compilation.emitAsset("seeds/index.json", new sources.RawSource(JSON.stringify(entries)));
      });
    });
  }
}

/** Points functions.json's help links at the production address (the manifests are done on copy). */
class PublicUrlPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PublicUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PublicUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset || !this.url) return;
        compilation.updateAsset("functions.json", new sources.RawSource(substituteUrls(asset.source.source().toString(), this.url)));
      });
    });
  }
}

/** Prints each shipped file's size, raw and gzipped, after a production build. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleSizePlugin", (compilation) => {
      const rows = Object.keys(compilation.assets)
        .filter((name) => /\.(?:m?js|html|json|css)$/u.test(name) && !name.startsWith("seeds/"))
        .map((name) => {
          const buf = fs.readFileSync(path.join(compilation.outputOptions.path, name));
          return { name, raw: buf.length, gzip: zlib.gzipSync(buf).length };
        })
        .sort((a, b) => b.raw - a.raw);
      const kb = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(10);
      console.log("\nBundle sizes (raw, gzip):");
      for (const r of rows) console.log(`  ${r.name.padEnd(28)}${kb(r.raw)}${kb(r.gzip)}`);
      const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
      console.log(`  ${"total".padEnd(28)}${kb(total.raw)}${kb(total.gzip)}\n`);
    });
  }
}

/** https with office-addin-dev-certs where its certificate can be installed; else webpack's own https, or http. */
async function serverOptions() {
  if (process.env.DEV_SERVER_HTTP === "1") return { type: "http" };
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      `office-addin-dev-certs could not provide a trusted certificate (${error.message}); serving with a self-signed one. Set DEV_SERVER_HTTP=1 for plain http in a browser preview.`,
    );
    return { type: "https" };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const url = dev ? null : publicUrl();
  if (!dev && !url) console.warn("ADDIN_PUBLIC_URL is not set: the built manifests point at https://localhost:3000/ (fine for sideloading a local build).");
  return {
    mode: dev ? "development" : "production",
    // No eval-based source maps: the page's Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry: {
      // The pane and the functions run in one page: one webpack runtime (runtime.js) for both.
      taskpane: { import: "./src/taskpane/index.tsx", runtime: "runtime" },
      functions: { import: "./src/functions/functions.ts", runtime: "runtime" },
      // The extraction worker: one self-contained file (its runtime inside), started with new Worker().
      "extract.worker": { import: "./src/taskpane/extraction/extract.worker.ts", chunkLoading: "import-scripts" },
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/u,
          exclude: /node_modules/u,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run lint`; ES modules here so dynamic imports split chunks.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
          },
        },
      ],
    },
    // Both entries run in the one page: one webpack runtime and shared chunks, so the core and
    // its data load once; exceljs is its own chunk, fetched on the first download.
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/u, name: "exceljs", chunks: "async", priority: 20 },
          vendors: { test: /[\\/]node_modules[\\/]/u, name: "vendors", chunks: pageChunks, priority: 10 },
          shared: { name: "shared", chunks: pageChunks, minChunks: 2, priority: 0 },
          default: false,
          defaultVendors: false,
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          // pdf.js parses in its own (module) worker, loaded from beside the page when a PDF is added.
          { from: "node_modules/pdfjs-dist/build/pdf.worker.min.mjs", to: "pdf.worker.min.mjs", info: { minimized: true } },
          { from: "seeds", to: "seeds", filter: (file) => SEED_FILE.test(file) },
          { from: "manifest*.{xml,json}", to: "[name][ext]", transform: (content) => substituteUrls(content.toString(), url) },
        ],
      }),
      new SeedIndexPlugin(),
      new PublicUrlPlugin(url),
      ...(dev ? [] : [new BundleSizePlugin()]),
    ],
    devServer: {
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates only when serving: a build never touches the certificate store.
      server: env.WEBPACK_SERVE ? await serverOptions() : undefined,
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
