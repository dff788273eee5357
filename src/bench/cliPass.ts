/**
 * The bench's real-text passes through the command itself: the cycled documents are written to
 * a temporary folder as files, and `commitments extract FOLDER` runs on them in a child process,
 * exactly as a user runs it (reading the files, the worker pool, JSON to standard output, or an
 * .xlsx written with `--format xlsx`). Wall-clock time of the whole command, start-up included,
 * and the process's peak resident memory (all its threads), read by a preloaded script at exit.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BenchDocument } from "./passes";

export interface CliPassResult {
  name: string;
  documents: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
  /** The arguments after `commitments`, with the folder as FOLDER. */
  command: string;
}

/** bin/commitments.js, from lib/bench (compiled) or src/bench (tsx). */
const BIN = path.resolve(__dirname, "..", "..", "bin", "commitments.js");

const EXTENSION: Record<string, string> = { html: ".html", markdown: ".md" };

/** Writes each document as a file of its own (text formats keep theirs; .docx and .pdf text becomes .txt). */
function writeFolder(docs: Iterable<BenchDocument>, dir: string): { documents: number; bytes: number } {
  let documents = 0;
  let bytes = 0;
  for (const doc of docs) {
    const base = path.basename(doc.id).replace(/\.[^.]*$/u, "");
    const file = path.join(dir, `${String(documents).padStart(6, "0")}-${base}${EXTENSION[doc.format ?? ""] ?? ".txt"}`);
    fs.writeFileSync(file, doc.text);
    documents++;
    bytes += doc.bytes;
  }
  return { documents, bytes };
}

/**
 * Runs `commitments extract FOLDER --quiet [extra]` once per entry of `runs` on the same folder
 * of `docs`; standard output goes nowhere (it is still written). Throws if a run fails.
 */
export function runCliPasses(docs: Iterable<BenchDocument>, runs: ReadonlyArray<{ name: string; extra: (dir: string) => string[] }>): CliPassResult[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ct-bench-cli-"));
  try {
    const folder = path.join(dir, "docs");
    fs.mkdirSync(folder);
    const { documents, bytes } = writeFolder(docs, folder);
    const reporter = path.join(dir, "rss.js");
    const rssFile = path.join(dir, "rss.txt");
    fs.writeFileSync(reporter, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    return runs.map(({ name, extra }) => {
      const args = ["extract", folder, "--quiet", ...extra(dir)];
      const start = process.hrtime.bigint();
      const run = spawnSync(process.execPath, ["-r", reporter, BIN, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 24 });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (run.status !== 0) throw new Error(`commitments ${args.join(" ")} failed (exit ${run.status}): ${run.stderr}`);
      const peakRssMb = (Number(fs.readFileSync(rssFile, "utf8")) * 1024) / 1e6;
      const command = ["extract", "FOLDER", "--quiet", ...extra("TMP")].join(" ");
      return { name, documents, bytes, seconds, peakRssMb, command };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
