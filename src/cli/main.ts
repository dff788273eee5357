import type { DocumentExtraction } from "../core";
import { describeSummary, WorkbookError } from "../workbook/store";
import { CliUsageError, GAPS_USAGE, MATRIX_USAGE, parseExtractArgs, REFERENCE_USAGE, USAGE, version } from "./args";
import { readSummary, seedsDir } from "./files";
import { csvFrom, jsonFrom } from "./formats";
import { gapsCommand } from "./gaps";
import { emit, endQuietlyOnClosedPipe } from "./output";
import { referenceCommand } from "./reference";
import type { EncodedExtraction } from "./encode";
import { readAndEncode, readAndExtract } from "./run";

/**
 * `commitments <command>`: the Node CLI over the core. Errors are one line on stderr that says
 * what to do; the exit code is non-zero only when nothing could be read (or on a usage error).
 */
const HELP = `commitments — extract treaty commitments from diplomatic documents, and find the gaps in them

${USAGE}

${GAPS_USAGE}

${MATRIX_USAGE}

${REFERENCE_USAGE}`;

/** "commitments: 3 documents read (1 not in English), 5 commitments (ratified 3, signed 2)"; `read` is what readSummary says. */
function summary(results: readonly EncodedExtraction[], docs: number, read = ""): string {
  const byAction = new Map<string, number>();
  for (const r of results) for (const [action, n] of r.actions) byAction.set(action, (byAction.get(action) ?? 0) + n);
  const total = [...byAction.values()].reduce((a, b) => a + b, 0);
  const parts = [...byAction.entries()].sort((a, b) => b[1] - a[1]).map(([a, n]) => `${a} ${n}`);
  return `commitments: ${docs} document${docs === 1 ? "" : "s"} read${read}, ${total} commitment${total === 1 ? "" : "s"}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

async function extract(argv: readonly string[], io: CliIo): Promise<number> {
  const { err, out } = io;
  const args = parseExtractArgs(argv);
  if (args.help || args.version) {
    out(`${args.help ? USAGE : version()}\n`);
    return 0;
  }
  const paths = args.paths.length ? args.paths : [seedsDir()];
  const options = { minConfidence: args.minConfidence, progress: args.quiet ? undefined : io.progress, ...(args.jobs !== null && { threads: args.jobs }) };
  const noDocument = () => {
    err("commitments: no document could be read; give .txt, .md, .html, .docx or .pdf files or folders that hold them");
    return 1;
  };
  if (args.format === "xlsx") {
    const run = await readAndExtract(paths, options);
    for (const note of run.notes) err(`commitments: ${note}`);
    return run.results ? extractToWorkbook(run.results, args.out as string, args.quiet, err, readSummary(run.read)) : noDocument();
  }
  // JSON and CSV: each document's records come back from the threads as text, ready to write.
  const run = await readAndEncode(paths, options, args.format);
  for (const note of run.notes) err(`commitments: ${note}`);
  if (!run.results) return noDocument();
  const { results, read } = run;
  const pieces = results.map((r) => r.encoded);
  const body =
    args.format === "csv"
      ? csvFrom(pieces)
      : jsonFrom(
          results.map((r) => r.document),
          pieces,
        );
  if (!(await emit(body, args.out, err, out))) return 1;
  if (!args.quiet) err(summary(results, read.docs.length, readSummary(read)) + (args.out ? `, written to ${args.out}` : ""));
  return 0;
}

export async function extractToWorkbook(
  results: readonly DocumentExtraction[],
  out: string,
  quiet: boolean,
  err: (s: string) => void,
  read = "",
): Promise<number> {
  try {
    // Loaded here, not at start-up: exceljs takes about 0.2 s to load, which `extract --format json|csv` does not need.
    const { writeXlsxFile } = await import("./xlsx");
    const { summary, backup } = await writeXlsxFile(out, results);
    if (!quiet) {
      const commitments = results.reduce((n, r) => n + r.commitments.length, 0);
      err(
        `commitments: ${results.length} document${results.length === 1 ? "" : "s"} read${read}, ${commitments} commitment${commitments === 1 ? "" : "s"}, written to ${out}`,
      );
      err(`commitments: ${describeSummary(summary)}${backup ? `; the previous file is kept as ${backup}` : ""}`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw e;
    err(`commitments: ${e.message}`);
    return 1;
  }
}

/** Where the CLI writes: injectable so tests capture output without touching the process streams. */
export interface CliIo {
  err(line: string): void;
  out(text: string): void;
  /** A progress line rewritten in place ("" clears it); only where standard error is a terminal. */
  progress?(line: string): void;
}

const processIo: CliIo = {
  err: (line) => void process.stderr.write(`${line}\n`),
  out: (text) => void process.stdout.write(text),
  ...(process.stderr.isTTY && { progress: (line: string) => void process.stderr.write(`\r\u001b[K${line}`) }),
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) {
    endQuietlyOnClosedPipe(process.stdout);
    endQuietlyOnClosedPipe(process.stderr);
  }
  const [command, ...rest] = argv;
  try {
    if (command === "extract") return await extract(rest, io);
    if (command === "gaps") return await gapsCommand(rest, io.err, io.out);
    if (command === "reference") return await referenceCommand(rest, io.err, io.out);
    if (command === "matrix") return await (await import("./matrix")).matrixCommand(rest, io.err, io.out);
    if (command === undefined) {
      io.err(HELP);
      return 2;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.out(`${HELP}\n`);
      return 0;
    }
    if (command === "--version" || command === "-V") {
      io.out(`${version()}\n`);
      return 0;
    }
    io.err(`commitments: unknown command "${command}"; the commands are extract, gaps, matrix and reference (try: commitments --help)`);
    return 2;
  } catch (e) {
    if (e instanceof CliUsageError) {
      io.err(`commitments: ${e.message}\n${e.usage}`);
      return 2;
    }
    io.err(`commitments: unexpected error: ${(e as Error).message}`);
    return 1;
  }
}
