/**
 * The command line as users of Unix tools expect it (issue 15): node:util parseArgs underneath,
 * `--opt=value`, `--` before paths that start with "-", options given once, help and version on
 * standard output, `--out -`, messages that name the right formats, and a closed pipe that ends
 * the run quietly.
 */
import * as fs from "fs";
import * as path from "path";
import { spawn, spawnSync } from "child_process";
import { hasStackTrace, ROOT, runCli, tmpDir, writeFileIn } from "./helpers";
import { parseExtractArgs, parseGapsArgs, parseReferenceArgs } from "../src/cli/args";

const T = 60_000;
const CHILE = "Chile ratified the Arms Trade Treaty on 3 March 2014.\n";
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

describe("parsing", () => {
  it("reads --opt=value and --opt value alike, short forms too", () => {
    expect(parseExtractArgs(["--format=csv", "a.txt"])).toMatchObject({ format: "csv", paths: ["a.txt"] });
    expect(parseExtractArgs(["-f", "csv", "-o", "x.csv", "-q", "--min-confidence=0.5"])).toMatchObject({
      format: "csv",
      out: "x.csv",
      quiet: true,
      minConfidence: 0.5,
    });
    expect(parseGapsArgs(["--reference=a.csv", "--reference", "b.csv", "--checklist=hague-1954"])).toMatchObject({
      reference: ["a.csv", "b.csv"],
      checklist: "hague-1954",
    });
  });
  it("reads --jobs N as the number of extracting threads, and refuses anything but a whole number from 1 to 64", () => {
    expect(parseExtractArgs(["a.txt"]).jobs).toBeNull();
    expect(parseExtractArgs(["--jobs", "1", "a.txt"]).jobs).toBe(1);
    expect(parseExtractArgs(["-j", "4"]).jobs).toBe(4);
    for (const bad of ["0", "65", "1.5", "two", ""]) expect(() => parseExtractArgs(["--jobs", bad])).toThrow("--jobs takes a whole number from 1 to 64");
  });
  it("takes everything after -- as paths, even a name that starts with -", () => {
    expect(parseExtractArgs(["--quiet", "--", "-rf.txt", "--out"])).toMatchObject({ paths: ["-rf.txt", "--out"], out: null, quiet: true });
  });
  it("refuses an option given twice, naming it (--reference may be repeated)", () => {
    expect(() => parseExtractArgs(["--out", "a.json", "--out=b.json"])).toThrow("--out is given twice; give it once");
    expect(() => parseGapsArgs(["--format", "csv", "-f", "json"])).toThrow("--format is given twice");
    expect(() => parseReferenceArgs(["import", "t.csv", "--out", "a.xlsx", "--out", "b.xlsx"])).toThrow("--out is given twice");
  });
  it("--out - is standard output", () => {
    expect(parseExtractArgs(["--out", "-"]).out).toBeNull();
    expect(parseGapsArgs(["--out=-", "--format", "csv"])).toMatchObject({ out: null, format: "csv" });
    expect(() => parseExtractArgs(["--format", "xlsx", "--out", "-"])).toThrow(/not to standard output: give --out FILE\.xlsx/u);
  });
  it("infers the format from --out's extension; an explicit one wins, except text over a workbook", () => {
    expect(parseExtractArgs(["--out", "r.XLSX"]).format).toBe("xlsx");
    expect(() => parseExtractArgs(["--out", "r.xlsm"])).toThrow(/r\.xlsm is not an \.xlsx workbook/u);
    expect(parseExtractArgs(["--format", "xlsx", "--out", "r.xlsm"]).format).toBe("xlsx");
    expect(parseExtractArgs(["--out", "r.csv"]).format).toBe("csv");
    expect(parseExtractArgs(["--out", "r.txt"]).format).toBe("json");
    expect(parseExtractArgs(["--format", "json", "--out", "r.csv"]).format).toBe("json");
    expect(parseGapsArgs(["--out", "g.csv"]).format).toBe("csv");
    expect(() => parseGapsArgs(["--out", "g.xlsx"])).toThrow(/gaps writes json or csv, not a workbook/u);
    expect(() => parseExtractArgs(["--format", "csv", "--out", "r.xlsx"])).toThrow(/--format csv writes text, and r\.xlsx names a workbook/u);
  });
  it("names each command's own formats", () => {
    expect(() => parseExtractArgs(["--format", "ods"])).toThrow('unknown format "ods"; extract writes json, csv or xlsx');
    expect(() => parseGapsArgs(["--format", "xlsx"])).toThrow('unknown format "xlsx"; gaps writes json or csv');
  });
  it("says what is wrong with a switch given a value, or an option without one", () => {
    expect(() => parseExtractArgs(["--quiet=yes"])).toThrow("--quiet takes no value");
    expect(() => parseExtractArgs(["--out"])).toThrow("--out needs a value");
    expect(() => parseExtractArgs(["--out", "--quiet"])).toThrow(/--out needs a value \(a value that starts with "-" is written --out=VALUE\)/u);
    expect(() => parseExtractArgs(["--bogus"])).toThrow(/unknown option --bogus \(a path that starts with "-" goes after --: -- --bogus\)/u);
  });
});

describe("the commands", () => {
  test(
    "a file named -rf.txt is read after --",
    async () => {
      const dir = tmpDir();
      writeFileIn(dir, "-rf.txt", CHILE);
      const run = await runCli(["extract", "--quiet", "--", path.join(dir, "-rf.txt")]);
      expect(run.code).toBe(0);
      expect((JSON.parse(run.out) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(["-rf.txt"]);
    },
    T,
  );

  test(
    "--version and --help print on standard output and exit 0, for every command",
    async () => {
      for (const argv of [["--version"], ["-V"], ["extract", "--version"], ["gaps", "--version"]]) {
        const run = await runCli(argv);
        expect([argv, run.code, run.out, run.errCalls]).toEqual([argv, 0, `${pkg.version}\n`, []]);
      }
      for (const argv of [["--help"], ["help"], ["extract", "-h"], ["gaps", "--help"], ["reference", "--help"], ["reference", "import", "--help"]]) {
        const run = await runCli(argv);
        expect([argv, run.code, run.errCalls]).toEqual([argv, 0, []]);
        expect(run.out).toMatch(/^(?:commitments — |usage: commitments)/u);
      }
      // No command at all is a usage error: the help goes to standard error, exit 2.
      const none = await runCli([]);
      expect([none.code, none.out]).toEqual([2, ""]);
    },
    T,
  );

  test(
    "a repeated option is a usage error (exit 2) with the usage under it",
    async () => {
      const run = await runCli(["gaps", "--quiet", "-q"]);
      expect(run.code).toBe(2);
      expect(run.errLines[0]).toBe("commitments: --quiet is given twice; give it once");
      expect(run.errCalls.join("\n")).toMatch(/usage: commitments gaps/u);
    },
    T,
  );

  test(
    "--out - writes to standard output",
    async () => {
      const dir = tmpDir();
      const doc = writeFileIn(dir, "a.txt", CHILE);
      const run = await runCli(["extract", doc, "--out", "-", "--format=csv", "--quiet"]);
      expect(run.code).toBe(0);
      // CSV starts with a UTF-8 byte-order mark, so that Excel on Windows reads it as UTF-8.
      expect(run.out).toMatch(/^\uFEFFid,actor,action/u);
      expect(fs.existsSync("-")).toBe(false);
    },
    T,
  );
});

describe("a closed pipe", () => {
  const bin = path.join(ROOT, "bin", "commitments.js");
  const built = fs.existsSync(path.join(ROOT, "lib", "cli", "output.js"));

  (built ? test : test.skip)(
    "ends the run quietly: no stack trace, no error, exit 0 (commitments extract | head -c 100)",
    async () => {
      const dir = tmpDir();
      // About 1 MB of JSON: far more than a pipe holds, so the run is still writing when the pipe closes.
      const states = ["France", "Germany", "Italy", "Spain", "Japan", "Kazakhstan", "Brazil", "Chile", "Canada", "Mexico", "Norway", "Sweden"];
      const instruments = ["Paris Agreement", "Kyoto Protocol", "Arms Trade Treaty", "Chemical Weapons Convention", "Convention on Biological Diversity"];
      for (let k = 0; k < 10; k++) {
        const lines = [`Statement ${k}`, ...states.flatMap((st) => instruments.map((i) => `${st} ratified the ${i} in 2001. ${st} signed the ${i} in 1999.`))];
        writeFileIn(dir, `s${k}.txt`, lines.join("\n"));
      }
      const child = spawn(process.execPath, [bin, "extract", dir, "--quiet"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      // Read a little, then close the pipe, as head does.
      await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(hasStackTrace({ code: 0, errCalls: [stderr], errLines: [], out: "" })).toBe(false);
    },
    T,
  );

  (built ? test : test.skip)(
    "in a shell: commitments extract | head -c 10",
    () => {
      const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" extract --quiet | head -c 10`], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
      expect(r.stdout).toBe('{\n  "docum');
      expect(r.stderr).toBe("");
    },
    T,
  );
});
