import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT, tmpDir } from "./helpers";

/**
 * `npm start` and `npm stop` (build/start.js, build/stop.js): office-addin-debugging comes from
 * node_modules, as package-lock.json pins it, and is never fetched by npx at run time.
 */
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string>; engines: { node: string } };
const BUILD = path.join(ROOT, "build");

/** A copy of build/ in a fresh folder with a manifest.xml and, optionally, a stand-in office-addin-debugging that records its arguments. */
function sandbox(withDebugging: boolean): { dir: string; calls: string } {
  const dir = tmpDir("ct-scripts-");
  fs.mkdirSync(path.join(dir, "build"));
  for (const file of fs.readdirSync(BUILD)) fs.copyFileSync(path.join(BUILD, file), path.join(dir, "build", file));
  fs.writeFileSync(path.join(dir, "manifest.xml"), "<OfficeApp/>");
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ ...pkg, optionalDependencies: withDebugging ? { "office-addin-debugging": "0.0.0-test" } : {} }),
  );
  const calls = path.join(dir, "calls.json");
  if (withDebugging) {
    const pkgDir = path.join(dir, "node_modules", "office-addin-debugging");
    fs.mkdirSync(path.join(pkgDir, "lib"), { recursive: true });
    fs.writeFileSync(
      path.join(pkgDir, "package.json"),
      JSON.stringify({ name: "office-addin-debugging", version: "0.0.0-test", bin: { "office-addin-debugging": "./lib/cli.js" } }),
    );
    fs.writeFileSync(
      path.join(pkgDir, "lib", "cli.js"),
      `require("fs").writeFileSync(${JSON.stringify(calls)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() }));`,
    );
  }
  return { dir, calls };
}

describe("npm start and npm stop", () => {
  test("package.json has a stop script, and start and stop are the build/ scripts", () => {
    expect(pkg.scripts.start).toBe("node build/start.js");
    expect(pkg.scripts.stop).toBe("node build/stop.js");
  });

  test("no script fetches office-addin-debugging at run time (npx office-addin-debugging…)", () => {
    const texts = {
      "package.json": JSON.stringify(pkg.scripts),
      ...Object.fromEntries(fs.readdirSync(BUILD).map((f) => [`build/${f}`, fs.readFileSync(path.join(BUILD, f), "utf8")])),
    };
    const fetching = Object.entries(texts)
      .filter(([, text]) => /npx[^\n]*office-addin-debugging/u.test(text))
      .map(([file]) => file);
    expect(fetching).toEqual([]);
  });

  test("npm stop runs the installed office-addin-debugging: stop manifest.xml, in the repo's folder", () => {
    const { dir, calls } = sandbox(true);
    const run = spawnSync(process.execPath, [path.join(dir, "build", "stop.js")], { cwd: tmpDir("ct-elsewhere-"), encoding: "utf8" });
    expect(run.status).toBe(0);
    const call = JSON.parse(fs.readFileSync(calls, "utf8")) as { args: string[]; cwd: string };
    expect(call.args).toEqual(["stop", "manifest.xml"]);
    expect(fs.realpathSync(call.cwd)).toBe(fs.realpathSync(dir));
  });

  test("without office-addin-debugging, npm stop says why and that nothing was sideloaded, and fetches nothing", () => {
    const { dir, calls } = sandbox(false);
    const run = spawnSync(process.execPath, [path.join(dir, "build", "stop.js")], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, npm_config_offline: "true" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/office-addin-debugging is not installed/u);
    expect(run.stdout).toMatch(/sideloads nothing/u);
    expect(run.stdout).toMatch(/package\.json does not list it yet: add it with `npm install --save-exact --save-optional office-addin-debugging`/u);
    expect(fs.existsSync(calls)).toBe(false);
  });

  test("where package.json lists it but it is not installed (Linux), npm stop says npm ci installs it on Windows or macOS", () => {
    const { dir } = sandbox(false);
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ ...pkg, optionalDependencies: { "office-addin-debugging": "7.0.0" } }));
    const run = spawnSync(process.execPath, [path.join(dir, "build", "stop.js")], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/npm ci` on Windows or macOS installs the version package-lock\.json pins/u);
  });
});

describe(".vscode: debugging as Microsoft's templates do", () => {
  /** VS Code's JSON with comments: whole-line // comments only, as these files have. */
  const jsonc = (file: string) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, ".vscode", file), "utf8").replace(/^\s*\/\/.*$/gmu, "")) as Record<string, unknown>;
  type Config = { name: string; type: string; request: string; port?: number; url?: string; preLaunchTask?: string; postDebugTask?: string };
  type Task = { label: string; type: string; script?: string; command?: string };

  test("launch.json attaches to Excel desktop's WebView2 and launches the pane in Edge; its tasks exist and run npm scripts that exist", () => {
    const { configurations } = jsonc("launch.json") as { configurations: Config[] };
    const { tasks } = jsonc("tasks.json") as { tasks: Task[] };
    expect(configurations.find((c) => c.type === "msedge" && c.request === "attach" && /Excel Desktop/u.test(c.name))?.port).toBe(9229);
    expect(configurations.find((c) => c.type === "msedge" && c.request === "launch")?.url).toBe("https://localhost:3000/taskpane.html");
    const labels = new Set(tasks.map((t) => t.label));
    for (const c of configurations) {
      for (const task of [c.preLaunchTask, c.postDebugTask].filter((t): t is string => t !== undefined))
        expect({ config: c.name, task, exists: labels.has(task) }).toEqual({ config: c.name, task, exists: true });
    }
    expect(configurations.find((c) => c.request === "attach")?.postDebugTask).toBe("npm stop");
    for (const t of tasks) {
      const script = t.script ?? /^npm (?:run )?(\w+)$/u.exec(t.command ?? "")?.[1];
      expect({ task: t.label, script, defined: script !== undefined && script in pkg.scripts }).toEqual({ task: t.label, script, defined: true });
    }
  });
});
