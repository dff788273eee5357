/**
 * The work of the CT functions over their arguments, apart from the Excel wrappers (functions.ts)
 * so it can be tested and benchmarked without Excel. Every argument is validated here; problems
 * are ArgumentError (#VALUE!) or NotFoundError (#N/A) with a message saying what to do.
 */
import {
  builtInChecklist,
  builtInNames,
  checklistFromGrid,
  ChecklistError,
  describeStatus,
  evidenceTable,
  EvidenceTableError,
  findGaps,
  flagsOf,
  GAP_CODES,
  describeStatusWithRecord,
  PartialDateSchema,
  reconciliation,
  referenceTable,
  ReferenceTableError,
  serialToDate,
  statusOf,
  statusMatrix,
  instrumentLabel,
  cellString,
  type Checklist,
  type Evidence,
  type EvidenceTable,
  type Gap,
  type PartialDate,
  type ReferenceTable,
} from "../core";
import { ArgumentError, NotFoundError, textArgument } from "./errors";

/** Excel's custom-function payload cap is 5 MB; spilled answers stop well short of it. */
export const MAX_RESULT_BYTES = 2_000_000;
/** Excel's limit on one cell's text. */
export const MAX_CELL = 32767;

export const GAPS_HEADERS = ["Code", "Actor", "Instrument", "Instrument ID", "Commitment IDs", "Detail"] as const;

function nameArgument(name: string, value: unknown): string {
  const text = textArgument(name, value, 1000).trim();
  if (text === "")
    throw new ArgumentError(
      `${name} is empty; give ${name === "actor" ? 'an actor\'s name, e.g. "Kazakhstan"' : name === "id" ? "a commitment id from the ID column" : "an instrument's name, acronym or catalog id"}`,
    );
  return text;
}

function tableOf(evidence: unknown): EvidenceTable {
  try {
    return evidenceTable(evidence);
  } catch (error) {
    if (error instanceof EvidenceTableError) throw new ArgumentError(error.message);
    throw error;
  }
}

/** An optional as-of date: a date cell (a serial number), or text YYYY, YYYY-MM or YYYY-MM-DD. */
export function asOfArgument(value: unknown): PartialDate | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number") {
    const date = serialToDate(value);
    if (date) return date;
  } else if (typeof value === "string" && PartialDateSchema.safeParse(value.trim()).success) return value.trim();
  throw new ArgumentError(`as_of must be a date (a date cell, or text such as "2020-12-31"); got ${JSON.stringify(value)}`);
}

/** A checklist argument: omitted, a built-in's name, or a range with an "Instrument" column (e.g. Checklist[#All]). */
export function checklistArgument(value: unknown): Checklist | null {
  if (value === undefined || value === null || value === "") return null;
  const grid = Array.isArray(value) ? (value as unknown[][]) : [[value]];
  if (grid.length === 1 && grid[0]?.length === 1) {
    const only = grid[0][0];
    if (only === null || only === undefined || only === "") return null;
    const name = String(only);
    const found = builtInChecklist(name);
    if (!found) throw new ArgumentError(`checklist "${name}" is not a built-in one (${builtInNames()}) nor a range with an Instrument column`);
    return found;
  }
  try {
    return checklistFromGrid(grid, "your");
  } catch (error) {
    if (error instanceof ChecklistError) throw new ArgumentError(error.message);
    throw error;
  }
}

function recordsOf(table: EvidenceTable, id: string): Evidence[] {
  const records = table.index.byId.get(id);
  if (!records?.length) throw new NotFoundError(`no row of evidence has the id "${id}"`);
  return records;
}

/** An optional reference: omitted, or the Reference table with its header (Reference[#All]). */
export function referenceArgument(value: unknown): ReferenceTable | null {
  if (value === undefined || value === null || value === "") return null;
  try {
    return referenceTable(value);
  } catch (error) {
    if (error instanceof ReferenceTableError) throw new ArgumentError(error.message);
    throw error;
  }
}

/**
 * CT.STATUS: the level and the deciding act, e.g. "Bound (acceded 2005-09-16)"; with a
 * reference, the recorded act beside the stated one: "Bound (stated acceded 2005-09-16;
 * recorded accession 2005-09-16)".
 */
export function statusText(actor: unknown, instrument: unknown, evidence: unknown, asOf?: unknown, reference?: unknown): string {
  const who = nameArgument("actor", actor);
  const what = nameArgument("instrument", instrument);
  const when = asOfArgument(asOf);
  const ref = referenceArgument(reference);
  const { index } = tableOf(evidence);
  const instrumentRef = index.instrument(what);
  const answer = statusOf(index.pair(who, instrumentRef), when);
  if (!ref) return describeStatus(answer);
  const recorded = reconciliation(index, ref)
    .index.pair(who, instrumentRef.key)
    .filter((r) => !when || r.date <= when);
  return describeStatusWithRecord(answer, recorded);
}

/** CT.EVIDENCE: the quotes behind the status, latest act first, one per row. */
export function evidenceQuotes(actor: unknown, instrument: unknown, evidence: unknown): string[][] {
  const who = nameArgument("actor", actor);
  const what = nameArgument("instrument", instrument);
  const { index } = tableOf(evidence);
  const ref = index.instrument(what);
  const answer = statusOf(index.pair(who, ref));
  if (answer.counted.length === 0) throw new NotFoundError(`no affirmed record of ${who} under ${ref.name}`);
  const quotes = [...new Set(answer.counted.map((r) => r.quote).filter((q) => q !== ""))];
  if (quotes.length === 0) throw new NotFoundError(`the records of ${who} under ${ref.name} have no Evidence column to quote`);
  return capRows(
    quotes.map((q) => [q.slice(0, MAX_CELL)]),
    () => ["…more quotes than a cell range should hold"],
  );
}

/** CT.SOURCE: where a row comes from, e.g. "003_….txt ¶4: “Kazakhstan acceded …”". */
export function sourceText(id: unknown, evidence: unknown): string {
  const key = nameArgument("id", id);
  const table = tableOf(evidence);
  const record = recordsOf(table, key)[0] as Evidence;
  const where = record.source || record.doc || "typed in the table (no source)";
  return `${where}: “${record.quote}”`.slice(0, MAX_CELL);
}

/** CT.FLAGS: the gap codes of one row, comma-separated ("" when none); with a reference, its said-against-done codes too. */
export function flagsText(id: unknown, evidence: unknown, reference?: unknown): string {
  const key = nameArgument("id", id);
  const ref = referenceArgument(reference);
  const table = tableOf(evidence);
  recordsOf(table, key);
  const codes = new Set(flagsOf(table.index, key));
  if (ref) for (const g of reconciliation(table.index, ref).gaps) if (g.commitmentIds.includes(key)) codes.add(g.code);
  return GAP_CODES.filter((c) => codes.has(c)).join(", ");
}

/**
 * CT.GAPS: the actor's gaps under a header row (a "No gaps" row when there are none). With no
 * actor (""), every actor's gaps, actor by actor from A to Z, as one call per actor would give them.
 */
export function gapsRows(actor: unknown, evidence: unknown, checklist?: unknown, reference?: unknown): string[][] {
  const all = actor === undefined || actor === null || (typeof actor === "string" && actor.trim() === "");
  const list = checklistArgument(checklist);
  const ref = referenceArgument(reference);
  const { index } = tableOf(evidence);
  const recorded = ref ? reconciliation(index, ref).gaps : [];
  const gapsOf = (who: string): Gap[] => [
    ...findGaps(index, { checklist: list }, who),
    ...recorded.filter((g) => index.actorKey(g.actor) === index.actorKey(who)),
  ];
  if (all) {
    // Actors whose every row was rejected in review have nothing to show.
    const live = (a: string) => [...index.instrumentsOf(a).values()].some((g) => g.records.some((r) => r.review !== "Rejected"));
    const actors = index
      .actors()
      .filter(live)
      .sort((a, b) => a.localeCompare(b, "en"));
    const gaps = actors.flatMap(gapsOf);
    if (gaps.length === 0) return [[...GAPS_HEADERS], ["", "", "", "", "", "No gaps found"]];
    return [[...GAPS_HEADERS], ...capRows(gaps.map(gapRow), (left) => ["", "", "", "", "", `… ${left} more gaps not shown: narrow the evidence range`])];
  }
  const who = nameArgument("actor", actor);
  const gaps = gapsOf(who);
  if (gaps.length === 0) return [[...GAPS_HEADERS], ["", index.displayName(who), "", "", "", "No gaps found"]];
  return [[...GAPS_HEADERS], ...capRows(gaps.map(gapRow), (left) => ["", who, "", "", "", `… ${left} more gaps not shown: narrow the evidence range`])];
}

/**
 * A list of names from a matrix argument: omitted (null: the evidence's own), one cell, a row or
 * a column of cells, or a table with its header row (then its `column`, e.g. Actor). Blanks are
 * skipped.
 */
function namesArgument(value: unknown, column: string): string[] | null {
  if (value === undefined || value === null || value === "") return null;
  const grid = Array.isArray(value) ? (value as unknown[][]).map((row) => (Array.isArray(row) ? row : [row])) : [[value]];
  const header = (grid[0] ?? []).map((h) => cellString(h).toLowerCase());
  const at = header.indexOf(column.toLowerCase());
  const cells = at >= 0 && (grid[0]?.length ?? 0) > 1 ? grid.slice(1).map((row) => row[at]) : grid.flat();
  const names = cells.map(cellString).filter((n) => n !== "");
  return names.length > 0 ? names : null;
}

/** Instruments for the matrix: names, ids or acronyms, a built-in checklist's name, or a checklist range (Checklist[#All]). */
function instrumentsArgument(value: unknown): string[] | null {
  const single = Array.isArray(value) ? null : cellString(value);
  const grid = Array.isArray(value) ? (value as unknown[][]) : null;
  const isChecklistRange = grid !== null && (grid[0] ?? []).some((h) => cellString(h).toLowerCase() === "instrument") && (grid[0]?.length ?? 0) > 1;
  if ((single && builtInChecklist(single)) || isChecklistRange) {
    const list = checklistArgument(value);
    return list ? [...new Set(list.items.map((item) => item.instrument))] : null;
  }
  return namesArgument(value, "Instrument");
}

/**
 * CT.MATRIX: actors down, instruments across, and in each cell the level CT.STATUS gives for the
 * pair ("Bound", "Signed (conflicting)", with a reference "Bound (recorded: none)"), under a
 * header row of instrument ids (names where an instrument has none). Actors and instruments
 * default to those with an unrejected record in the evidence, A to Z.
 */
export function matrixRows(evidence: unknown, actors?: unknown, instruments?: unknown, asOf?: unknown, reference?: unknown): string[][] {
  const who = namesArgument(actors, "Actor");
  const what = instrumentsArgument(instruments);
  const when = asOfArgument(asOf);
  const ref = referenceArgument(reference);
  const { index } = tableOf(evidence);
  const matrix = statusMatrix(index, { actors: who, instruments: what, asOf: when, reference: ref ? reconciliation(index, ref).index : null });
  if (matrix.actors.length === 0) throw new NotFoundError("no actor has an unrejected record in the evidence; give the actors as a range");
  if (matrix.instruments.length === 0) throw new NotFoundError("no instrument has an unrejected record in the evidence; give the instruments as a range");
  const rows = matrix.actors.map((actor, i) => [actor, ...(matrix.cells[i] ?? []).map((c) => c.text)]);
  const header = ["Actor", ...matrix.instruments.map(instrumentLabel)].map((s) => s.slice(0, MAX_CELL));
  return [header, ...capRows(rows, (left) => [`… ${left} more actors not shown: give fewer actors`, ...header.slice(1).map(() => "")])];
}

export const CHECKS_HEADERS = ["Status", "Flags"] as const;

/** An answer as a cell shows it: its text, or the error it would give ("#VALUE! …", "#N/A …"). */
export function answerText(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `${error instanceof NotFoundError ? "#N/A" : "#VALUE!"} ${(error as Error).message}`;
  }
}

/**
 * CT.CHECKS: the Status and Flags of every row of the evidence, in the range's order, under a
 * header row: what CT.STATUS and CT.FLAGS give for each row, from one call that reads the range
 * once (blank rows stay blank). The Commitments table's Status and Flags columns read it by row.
 */
export function rowChecks(evidence: unknown, reference?: unknown): string[][] {
  tableOf(evidence);
  referenceArgument(reference);
  const grid = evidence as unknown[][];
  const header = (grid[0] ?? []).map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase(),
  );
  const at = (name: string) => header.indexOf(name);
  const [idAt, actorAt, actionAt, instrumentAt, instrumentIdAt] = ["id", "actor", "action", "instrument", "instrument id"].map(at) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const statuses = new Map<string, string>();
  const out: string[][] = [[...CHECKS_HEADERS]];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const get = (i: number) => (i < 0 ? "" : String(row[i] ?? "").trim());
    if ([actorAt, actionAt, instrumentAt, instrumentIdAt].every((i) => get(i) === "")) {
      out.push(["", ""]);
      continue;
    }
    const instrument = get(instrumentIdAt) === "" ? get(instrumentAt) : get(instrumentIdAt);
    const pair = `${get(actorAt)}\u0000${instrument}`;
    let status = statuses.get(pair);
    if (status === undefined) statuses.set(pair, (status = answerText(() => statusText(get(actorAt), instrument, evidence, undefined, reference))));
    out.push([status, answerText(() => flagsText(get(idAt), evidence, reference))]);
  }
  return out;
}

export function gapRow(g: Gap): string[] {
  return [g.code, g.actor, g.instrument, g.instrumentId ?? "", g.commitmentIds.join(", "), g.detail].map((s) => s.slice(0, MAX_CELL));
}

/** Rows up to the payload budget; past it, one last row saying how many were left out. */
function capRows(rows: string[][], more: (left: number) => string[]): string[][] {
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    bytes += JSON.stringify(rows[i]).length;
    if (bytes > MAX_RESULT_BYTES) return [...rows.slice(0, i), more(rows.length - i)];
  }
  return rows;
}

/**
 * CT.VERIFY: TRUE when the row's quote is still verbatim in its source, FALSE when it is not.
 * `sourceText` is the hidden Source Text table (SourceText[#All]: the row's document is found by
 * its Source label) or the document's text itself in one cell.
 */
export function verifyQuote(id: unknown, evidence: unknown, source: unknown): boolean {
  const key = nameArgument("id", id);
  const record = recordsOf(tableOf(evidence), key)[0] as Evidence;
  if (record.quote === "") throw new NotFoundError(`row "${key}" has no quote to verify (no Evidence column)`);
  if (!Array.isArray(source)) return textArgument("source_text", source, 10_000_000).includes(record.quote);
  const grid = source as unknown[][];
  if (grid.length === 1 && grid[0]?.length === 1) return String(grid[0][0] ?? "").includes(record.quote);
  const header = (grid[0] ?? []).map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase(),
  );
  const docAt = header.indexOf("document");
  const textAt = header.indexOf("text");
  const paraAt = header.indexOf("paragraph");
  if (docAt < 0 || textAt < 0)
    throw new ArgumentError(
      'source_text must be the Source Text table with its header row (SourceText[#All]: "Document" and "Text" columns) or a cell holding the document',
    );
  if (!record.doc) throw new NotFoundError(`row "${key}" has no Source naming its document`);
  const paragraphs = grid
    .slice(1)
    .filter((row) => String(row[docAt] ?? "").trim() === record.doc)
    .map((row) => ({ n: Number(row[paraAt] ?? 0), text: String(row[textAt] ?? "") }))
    .sort((a, b) => a.n - b.n);
  if (paragraphs.length === 0) throw new NotFoundError(`the source text of "${record.doc}" is not in source_text`);
  // A paragraph longer than a cell holds is stored in pieces cut at white space.
  return (
    paragraphs.some((p) => p.text.includes(record.quote)) ||
    paragraphs
      .map((p) => p.text)
      .join(" ")
      .includes(record.quote)
  );
}
