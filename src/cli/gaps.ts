import { promises as fs } from "fs";
import * as path from "path";
import { z } from "zod";
import {
  builtInChecklist,
  builtInNames,
  ChecklistError,
  checklistFromGrid,
  DelimitedTextError,
  evidenceFromExtraction,
  EvidenceIndex,
  findGaps,
  GAP_CODES,
  MAX_TABLE_BYTES,
  parseDelimited,
  reconcile,
  ReferenceImportError,
  ReferenceIndex,
  resolveInstrument,
  type ReferenceRecord,
  type Checklist,
  type ColumnMapping,
  type DocumentExtraction,
  type Evidence,
  type Gap,
} from "../core";
import { CliUsageError, GAPS_USAGE, parseGapsArgs, version } from "./args";
import { decodeText } from "../documents";
import { readSummary, seedsDir, type ReadResult } from "./files";
import { emit } from "./output";
import { readAndExtract } from "./run";
import { CSV_BOM, csvField } from "./formats";
import { importTableFile } from "./reference";

/**
 * `commitments gaps`: documents read and extracted as `commitments extract` does, then the core's
 * gap rules (src/core/status) over the records, optionally against a checklist; the gaps are
 * written as JSON or CSV, each naming the commitment ids it rests on.
 */

export const GapSchema = z.object({
  code: z.enum(GAP_CODES),
  actor: z.string(),
  instrument: z.string(),
  instrumentId: z.string().nullable(),
  commitmentIds: z.array(z.string()),
  detail: z.string(),
});

export const GapsOutputSchema = z.object({ gaps: z.array(GapSchema) });
export type GapsOutput = z.infer<typeof GapsOutputSchema>;

export const GAP_CSV_COLUMNS = ["code", "actor", "instrument", "instrumentId", "commitmentIds", "detail"] as const;

/** A gap with exactly the output's keys, in the output's order. */
function gapRecord(g: Gap): z.infer<typeof GapSchema> {
  return { code: g.code, actor: g.actor, instrument: g.instrument, instrumentId: g.instrumentId, commitmentIds: [...g.commitmentIds], detail: g.detail };
}

/** `{"gaps": [...]}`, pretty-printed like the extract JSON and validated with zod on the way out. */
export function gapsToJson(gaps: readonly Gap[]): string {
  const out = GapsOutputSchema.parse({ gaps: gaps.map(gapRecord) });
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** One row per gap, commitment ids separated by spaces; cells guarded against formulas and a byte-order mark first, as in `extract --format csv`. */
export function gapsToCsv(gaps: readonly Gap[]): string {
  const lines: string[] = [GAP_CSV_COLUMNS.join(",")];
  for (const g of GapsOutputSchema.parse({ gaps: gaps.map(gapRecord) }).gaps) {
    const row = { ...g, commitmentIds: g.commitmentIds.join(" ") };
    lines.push(GAP_CSV_COLUMNS.map((k) => csvField(row[k])).join(","));
  }
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}

/** A .txt checklist: one instrument a line; blank lines and lines starting with # are skipped. */
function txtGrid(text: string): string[][] {
  const items = text
    .replace(/^\uFEFF/u, "")
    .split(/\r\n|\r|\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  return [["Instrument"], ...items.map((l) => [l])];
}

export interface LoadedChecklist {
  checklist: Checklist;
  /** Things the user may want to know (items that name no catalogued instrument). */
  notes: string[];
}

/**
 * The checklist `--checklist` names: a built-in by name, else a .csv or .txt file. An unknown name
 * or another kind of file is a usage error; a file that cannot be read or has no usable items is
 * a ChecklistError (its message names the file).
 */
export async function loadChecklist(spec: string): Promise<LoadedChecklist> {
  const builtIn = builtInChecklist(spec);
  if (builtIn) return { checklist: builtIn, notes: [] };
  let size: number;
  try {
    const st = await fs.stat(spec);
    if (!st.isFile())
      throw new CliUsageError(
        `--checklist ${spec} is ${st.isDirectory() ? "a folder" : "not a regular file"}; give a built-in name (${builtInNames()}) or a .csv or .txt file`,
        GAPS_USAGE,
      );
    size = st.size;
  } catch (e) {
    if (e instanceof CliUsageError) throw e;
    throw new CliUsageError(`unknown checklist "${spec}": not a built-in (${builtInNames()}) and no such file`, GAPS_USAGE);
  }
  const ext = path.extname(spec).toLowerCase();
  if (ext !== ".csv" && ext !== ".txt") {
    throw new CliUsageError(
      `--checklist ${spec}: a checklist file is .csv (an "Instrument" column, optionally "Actor") or .txt (one instrument a line)`,
      GAPS_USAGE,
    );
  }
  if (size > MAX_TABLE_BYTES)
    throw new ChecklistError(`${spec}: ${Math.round(size / 1e6)} MB is too large for a checklist (at most ${MAX_TABLE_BYTES / 1024 / 1024} MB)`);
  let text: string;
  try {
    text = decodeText(await fs.readFile(spec));
  } catch (e) {
    throw new ChecklistError(`cannot read ${spec}: ${(e as NodeJS.ErrnoException).code ?? "read error"}`);
  }
  let checklist: Checklist;
  try {
    checklist = checklistFromGrid(ext === ".csv" ? parseDelimited(text, "csv").rows : txtGrid(text), path.basename(spec));
  } catch (e) {
    if (e instanceof ChecklistError || e instanceof DelimitedTextError) throw new ChecklistError(`${spec}: ${e.message}`);
    throw e;
  }
  if (checklist.items.length === 0) {
    throw new ChecklistError(
      ext === ".csv" ? `${spec} lists no instruments; put one a row under its "Instrument" column` : `${spec} lists no instruments; put one a line`,
    );
  }
  const unknown = [...new Set(checklist.items.map((i) => i.instrument).filter((name) => !resolveInstrument(name)))];
  const notes = unknown.length
    ? [
        `checklist ${spec}: ${unknown.length} item${unknown.length === 1 ? " names" : "s name"} no catalogued instrument and ${unknown.length === 1 ? "is" : "are"} matched as written: ${unknown
          .slice(0, 5)
          .map((u) => JSON.stringify(u))
          .join(", ")}${unknown.length > 5 ? ", …" : ""}`,
      ]
    : [];
  return { checklist, notes };
}

/** Is a record's quote still verbatim in its document's text? null when the document or span is unknown. */
export function verifierFor(results: readonly DocumentExtraction[]): (record: Evidence) => boolean | null {
  const texts = new Map(results.map((r) => [r.document.id, r.text]));
  return (record) => {
    const text = texts.get(record.doc);
    if (text === undefined || record.start === null || record.end === null) return null;
    return text.slice(record.start, record.end) === record.quote;
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function gapsSummary(docs: number, commitments: number, gaps: readonly Gap[], read = ""): string {
  const byCode = new Map<string, number>();
  for (const code of GAP_CODES) for (const g of gaps) if (g.code === code) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  const parts = [...byCode.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
  return `commitments: ${plural(docs, "document")} read${read}, ${plural(commitments, "commitment")}, ${plural(gaps.length, "gap")}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/** What `gaps` and `matrix` read: the documents (extracted, indexed), the checklist and the depositary's records. */
export interface ReadRun {
  read: ReadResult;
  results: DocumentExtraction[];
  index: EvidenceIndex;
  checklist: Checklist | null;
  /** The --reference tables' records; null when none was given. */
  recorded: ReferenceRecord[] | null;
}

/**
 * Loads the checklist, reads and extracts the documents (the seeds when none), and imports the
 * reference tables, saying each note on `err`; null (after saying why) when the run cannot go on.
 */
export async function readRun(
  args: { paths: string[]; minConfidence: number; checklist: string | null; reference: string[]; columns?: ColumnMapping | null },
  err: (s: string) => void,
): Promise<ReadRun | null> {
  let checklist: Checklist | null = null;
  if (args.checklist !== null) {
    try {
      const loaded = await loadChecklist(args.checklist);
      checklist = loaded.checklist;
      for (const note of loaded.notes) err(`commitments: ${note}`);
    } catch (e) {
      if (!(e instanceof ChecklistError)) throw e;
      err(`commitments: ${e.message.replace(/[\r\n]+/gu, " ")}`);
      return null;
    }
  }
  const run = await readAndExtract(args.paths.length ? args.paths : [seedsDir()], { minConfidence: args.minConfidence });
  for (const note of run.notes) err(`commitments: ${note}`);
  if (!run.results) {
    err("commitments: no document could be read; give .txt, .md, .html, .docx or .pdf files or folders that hold them");
    return null;
  }
  const { results, read } = run;
  const index = new EvidenceIndex(evidenceFromExtraction(results));
  let recorded: ReferenceRecord[] | null = null;
  if (args.reference.length > 0) {
    recorded = [];
    try {
      for (const file of args.reference) recorded.push(...(await importTableFile(file, null, err, args.columns ?? undefined)).records);
    } catch (e) {
      if (!(e instanceof ReferenceImportError)) throw e;
      err(`commitments: ${e.message}`);
      return null;
    }
  }
  return { read, results, index, checklist, recorded };
}

/** `commitments gaps [PATH...]`: exit 0 with the gaps written, 1 when nothing could be read, 2 on a usage error (thrown). */
export async function gapsCommand(argv: readonly string[], err: (s: string) => void, out: (s: string) => void): Promise<number> {
  const args = parseGapsArgs(argv);
  if (args.help || args.version) {
    out(`${args.help ? GAPS_USAGE : version()}\n`);
    return 0;
  }
  const run = await readRun(args, err);
  if (!run) return 1;
  const { read, results, index, checklist, recorded } = run;
  const gaps = findGaps(index, { checklist, verify: verifierFor(results) });
  if (recorded) gaps.push(...reconcile(index, new ReferenceIndex(recorded, index), { doneNotSaid: args.doneNotSaid }));
  const body = args.format === "csv" ? gapsToCsv(gaps) : gapsToJson(gaps);
  if (!(await emit(body, args.out, err, out))) return 1;
  if (!args.quiet) {
    const commitments = results.reduce((n, r) => n + r.commitments.length, 0);
    err(gapsSummary(results.length, commitments, gaps, readSummary(read)) + (args.out ? `, written to ${args.out}` : ""));
  }
  return 0;
}
