import { extractAll, extractDocument, type Extraction } from "../core";
import { describeSummary, WorkbookError } from "../workbook/store";
import { CliUsageError, GAPS_USAGE, parseExtractArgs, REFERENCE_USAGE, USAGE } from "./args";
import { emit, readInputs, seedsDir } from "./files";
import { toCsv, toJson } from "./formats";
import { gapsCommand } from "./gaps";
import { referenceCommand } from "./reference";
import { nodeSha256 } from "./nodeHash";

/**
 * `commitments <command>`: the Node CLI over the core. Errors are one line on stderr that says
 * what to do; the exit code is non-zero only when nothing could be read (or on a usage error).
 */
const HELP = `commitments — extract treaty commitments from diplomatic documents, and find the gaps in them

${USAGE}

${GAPS_USAGE}

${REFERENCE_USAGE}`;

function summary(extraction: Extraction, docs: number): string {
  const byAction = new Map<string, number>();
  for (const c of extraction.commitments) byAction.set(c.action, (byAction.get(c.action) ?? 0) + 1);
  const parts = [...byAction.entries()].sort((a, b) => b[1] - a[1]).map(([a, n]) => `${a} ${n}`);
  return `commitments: ${docs} document${docs === 1 ? "" : "s"} read, ${extraction.commitments.length} commitment${extraction.commitments.length === 1 ? "" : "s"}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

async function extract(argv: readonly string[], err: (s: string) => void, out: (s: string) => void): Promise<number> {
  const args = parseExtractArgs(argv);
  if (args.help) {
    err(USAGE);
    return 0;
  }
  const paths = args.paths.length ? args.paths : [seedsDir()];
  const read = await readInputs(paths);
  for (const note of read.notes) err(`commitments: ${note}`);
  if (read.docs.length === 0) {
    err("commitments: no document could be read; give .txt, .md, .html, .docx or .pdf files or folders that hold them");
    return 1;
  }
  if (args.format === "xlsx") return extractToWorkbook(read.docs, args.out as string, args.minConfidence, args.quiet, err);
  const extraction = extractAll(read.docs, { minConfidence: args.minConfidence, sha256: nodeSha256 });
  const body = args.format === "csv" ? toCsv(extraction) : toJson(extraction);
  if (!(await emit(body, args.out, err, out))) return 1;
  if (!args.quiet) err(summary(extraction, read.docs.length) + (args.out ? `, written to ${args.out}` : ""));
  return 0;
}

async function extractToWorkbook(docs: Parameters<typeof extractAll>[0], out: string, minConfidence: number, quiet: boolean, err: (s: string) => void): Promise<number> {
  const results = [...docs].map((doc) => extractDocument(doc, { minConfidence, sha256: nodeSha256 }));
  try {
    // Loaded here, not at start-up: exceljs takes about 0.2 s to load, which `extract --format json|csv` does not need.
    const { writeXlsxFile } = await import("./xlsx");
    const { summary, backup } = await writeXlsxFile(out, results);
    if (!quiet) {
      const commitments = results.reduce((n, r) => n + r.commitments.length, 0);
      err(`commitments: ${results.length} document${results.length === 1 ? "" : "s"} read, ${commitments} commitment${commitments === 1 ? "" : "s"}, written to ${out}`);
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
}

const processIo: CliIo = {
  err: (line) => void process.stderr.write(`${line}\n`),
  out: (text) => void process.stdout.write(text),
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "extract") return await extract(rest, io.err, io.out);
    if (command === "gaps") return await gapsCommand(rest, io.err, io.out);
    if (command === "reference") return await referenceCommand(rest, io.err);
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.err(HELP);
      return command === undefined ? 2 : 0;
    }
    io.err(`commitments: unknown command "${command}"; the commands are extract, gaps and reference (try: commitments --help)`);
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
