import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { extractDocument, type Commitment, type DocumentExtraction } from "../src/core";
import { readInputs } from "../src/cli/files";
import { main } from "../src/cli/main";

/** Shared helpers for the test/ suites (not a test file itself). */
export const ROOT = path.resolve(__dirname, "..");
export const SEEDS_DIR = path.join(ROOT, "seeds");

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

export function seedTexts(): string[] {
  return seedFiles().map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), "utf8"));
}

/** The folders tmpDir() made for this test file: removed when the file's tests are done, so runs leave nothing behind. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tmpDir(prefix = "ct-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes `content` to `name` under `dir` (making folders on the way); returns the file's path. */
export function writeFileIn(dir: string, name: string, content: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export interface CliRun {
  code: number;
  /** Each call to io.err, as given (one entry per message). */
  errCalls: string[];
  /** All of stderr split into lines. */
  errLines: string[];
  out: string;
}

export async function runCli(argv: readonly string[]): Promise<CliRun> {
  const errCalls: string[] = [];
  const outParts: string[] = [];
  const code = await main(argv, { err: (s: string) => void errCalls.push(s), out: (s: string) => void outParts.push(s) });
  return { code, errCalls, errLines: errCalls.join("\n").split("\n"), out: outParts.join("") };
}

/** No stack-trace lines ("    at fn (file:1:2)") anywhere in what the CLI wrote. */
export function hasStackTrace(run: CliRun): boolean {
  return /^\s+at\s/mu.test(run.errCalls.join("\n")) || /^\s+at\s/mu.test(run.out);
}

/** Minimal RFC 4180 parser: quoted fields may hold commas, doubled quotes and newlines; a leading byte-order mark is dropped, as Excel does. */
export function parseCsv(text: string): string[][] {
  const csv = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i] as string;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && csv[i + 1] === "\n") {
      // CRLF ends the record; the \n is consumed on the next turn
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every record's span is in range and its quote is verbatim; returns the problems found. */
export function spanProblems(text: string, commitments: readonly Commitment[]): string[] {
  const problems: string[] = [];
  for (const c of commitments) {
    const { start, end, quote } = c.source;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      problems.push(`${c.id}: span ${start}-${end} out of 0-${text.length}`);
    } else if (quote !== text.slice(start, end)) problems.push(`${c.id}: quote is not text.slice(${start}, ${end})`);
  }
  return problems;
}

export function assertVerbatim(r: DocumentExtraction): void {
  expect(spanProblems(r.text, r.commitments)).toEqual([]);
}

/** The bundled seeds read as the CLI reads them and extracted, one result per document. */
export async function seedExtractions(): Promise<DocumentExtraction[]> {
  const read = await readInputs([SEEDS_DIR]);
  // A seed that cannot be read must fail the test, not shrink the corpus it checks.
  if (read.docs.length !== seedFiles().length) throw new Error(`only ${read.docs.length} of ${seedFiles().length} seeds could be read`);
  return read.docs.map((d) => extractDocument(d));
}
