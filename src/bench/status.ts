/**
 * The custom-function part of `npm run bench`: CT.STATUS's work (`statusText`) over a generated
 * Commitments range, against a naive scan of the range per call, in the same process. The
 * range and the queries are a pure function of the seed; only the calls are timed.
 */
import {
  ACTIONS,
  canonicalActor,
  CATALOG,
  clearEvidenceCache,
  describeStatus,
  foldKey,
  PartialDateSchema,
  PolaritySchema,
  REVIEW_STATES,
  resolveInstrument,
  serialToDate,
  statusOf,
  type Action,
  type Evidence,
  type PartialDate,
  type Polarity,
} from "../core";
import { catalogIndex } from "../core/lexicon/catalogIndex";
import { STATES } from "../core/lexicon/countries";
import { asOfArgument, statusText } from "../functions/answers";
import { COMMITMENTS } from "../workbook/layout";
import { mulberry32 } from "./corpus";

/** Calls of the second figure, where every call gets its own copy of the range (as in Excel). */
export const FRESH_COPY_CALLS = 1_000;
/** The naive scan is slow: it runs on the first calls only and is scaled per call. */
export const NAIVE_CALLS = 500;
export const FRESH_COPY_NAIVE_CALLS = 200;
/** Calls of copying alone, to show how much of the fresh-copy figures is the copy itself. */
export const COPY_ONLY_CALLS = 100;
/** Queries on which the naive and indexed answers must agree before anything is timed. */
export const CHECK_SAMPLE = 200;

/** One CT.STATUS call's arguments (besides the range). */
export interface StatusQuery {
  actor: string;
  instrument: string;
  asOf?: string;
}

export interface StatusBenchData {
  /** A header row (the Commitments table's headers, in layout order), then one row per record. */
  grid: unknown[][];
  queries: StatusQuery[];
}

// ---- generation ----------------------------------------------------------------------------

/** States whose name is already canonical, so that every query names an actor the way the index keys it. */
function canonicalStates(): string[] {
  return STATES.map((s) => s.name).filter((name) => canonicalActor(name) === name);
}

/** Clauses appended to an evidence sentence until it is about 150 characters long. */
const CLAUSES = [
  "the delegation told the Committee",
  "according to the statement of the ministry",
  "and national law would be amended to implement its obligations",
  "as the report to the Secretary-General recalled",
  "the permanent representative said in Geneva",
  "and further steps would be reported in due course",
];

/**
 * A deterministic Commitments range of `rows` records and `calls` queries drawn from it (a few
 * of which match nothing). Instruments are skewed (the first catalog entries are picked far
 * more often), so popular instruments have many records per actor, as in real tables.
 */
export function generateStatusBench(options: { seed: number; rows: number; calls: number }): StatusBenchData {
  const next = mulberry32(options.seed ^ 0x5ca1ab1e);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const hex = () => Array.from({ length: 16 }, () => "0123456789abcdef"[Math.floor(next() * 16)]).join("");
  const actors = canonicalStates();
  const skewedEntry = () => CATALOG[Math.floor(next() ** 2 * CATALOG.length)] ?? (CATALOG[0] as (typeof CATALOG)[number]);

  const header = COMMITMENTS.columns.map((c) => c.header);
  const grid: unknown[][] = [header];
  for (let r = 0; r < options.rows; r++) {
    const actor = pick(actors);
    const action = pick(ACTIONS);
    const entry = skewedEntry();
    const year = int(1990, 2024);
    const p = next();
    const date = p < 0.2 ? "" : p < 0.35 ? String(year) : `${year}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
    const q = next();
    const polarity = q < 0.85 ? "affirmed" : q < 0.95 ? "negated" : "planned";
    const v = next();
    const review = v < 0.6 ? "Pending" : v < 0.9 ? "Accepted" : "Rejected";
    let evidence = `${actor} ${action.replace("-", " ")} the ${entry.name}${date ? ` on ${date}` : ""}`;
    while (evidence.length < 140) evidence += `, ${pick(CLAUSES)}`;
    const row: Record<string, unknown> = {
      ID: `c-${hex()}`,
      Actor: actor,
      Action: action,
      Instrument: entry.name,
      "Instrument ID": next() < 0.1 ? "" : entry.id,
      Type: entry.type,
      Date: date,
      Polarity: polarity,
      Status: "",
      Flags: "",
      Evidence: `${evidence}.`,
      Source: `doc${int(1, 400)}.txt ¶${int(1, 40)}`,
      URL: "",
      Confidence: Math.round((0.6 + next() * 0.35) * 100) / 100,
      Review: review,
      Notes: "",
    };
    grid.push(header.map((h) => row[h] ?? ""));
  }

  const queries: StatusQuery[] = [];
  for (let i = 0; i < options.calls; i++) {
    const row = grid[int(1, options.rows)] ?? header;
    const cell = (name: string) => String(row[header.indexOf(name)] ?? "");
    const id = cell("Instrument ID");
    // A user types the catalog id or the instrument's name; one in a hundred queries matches nothing.
    const query: StatusQuery =
      next() < 0.01 || options.rows < 1
        ? { actor: next() < 0.5 ? "Atlantis" : pick(actors), instrument: "Treaty on Imaginary Islands" }
        : { actor: cell("Actor"), instrument: id !== "" && next() < 0.5 ? id : cell("Instrument") };
    if (next() < 0.1) query.asOf = String(int(1995, 2024));
    queries.push(query);
  }
  return { grid, queries };
}

// ---- the naive reference -------------------------------------------------------------------

/** A cell as text, as the table reader reads it. */
function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/**
 * CT.STATUS without an index: finds the header columns, scans every row, builds the records of
 * the asked actor under the asked instrument and applies the same status rules. Same semantics
 * as the index: actors compared by `foldKey(canonicalActor(x))` on both sides (the full
 * resolution, not a cheaper foldKey-only match, so the baseline does the same work per row the
 * index does once); instruments by lower-cased Instrument ID, else the catalog entry the text
 * names exactly, else the folded text. Each row tests the cheap instrument id first and
 * resolves its actor only when the instrument matches, as any straightforward loop would.
 */
export function naiveStatusText(actor: string, instrument: string, grid: readonly (readonly unknown[])[], asOf?: string): string {
  const when = asOfArgument(asOf);
  const who = foldKey(canonicalActor(actor.trim()));
  const what = instrument.trim();
  const wanted = resolveInstrument(what)?.id ?? `~${foldKey(what)}`;
  const header = (grid[0] ?? []).map((h) => cellText(h).toLowerCase().replace(/\s+/gu, " "));
  const at = (...names: string[]) => names.map((n) => header.indexOf(n)).find((i) => i >= 0) ?? -1;
  const [idAt, actorAt, actionAt, instrumentAt, instrumentIdAt] = [at("id"), at("actor"), at("action"), at("instrument"), at("instrument id")];
  const [dateAt, polarityAt, reviewAt, quoteAt, sourceAt] = [at("date"), at("polarity"), at("review"), at("evidence", "quote"), at("source")];
  const phrases = catalogIndex().phrases;

  const records: Evidence[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] as readonly unknown[];
    const name = cellText(row[instrumentAt]);
    const id = cellText(row[instrumentIdAt]).toLowerCase();
    if (name === "" && id === "") continue;
    const key = id !== "" ? id : (phrases.lookup(name)?.id ?? `~${foldKey(name)}`);
    if (key !== wanted) continue;
    const rowActor = cellText(row[actorAt]);
    if (rowActor === "" || foldKey(canonicalActor(rowActor)) !== who) continue;
    const action = cellText(row[actionAt]).toLowerCase() as Action;
    if (!ACTIONS.includes(action)) continue;
    const polarityText = cellText(row[polarityAt]).toLowerCase();
    const polarity: Polarity | undefined = polarityText === "" ? "affirmed" : PolaritySchema.safeParse(polarityText).data;
    if (!polarity) continue;
    const dateCell = row[dateAt];
    const date: PartialDate | null =
      typeof dateCell === "number" ? serialToDate(dateCell) : PartialDateSchema.safeParse(cellText(dateCell)).success ? cellText(dateCell) : null;
    const reviewText = cellText(row[reviewAt]).toLowerCase();
    records.push({
      id: cellText(row[idAt]) || `row ${r + 1}`,
      actor: rowActor,
      action,
      instrument: name || id,
      instrumentId: id || null,
      instrumentType: null,
      date,
      polarity,
      confidence: null,
      review: REVIEW_STATES.find((s) => s.toLowerCase() === reviewText) ?? "Pending",
      quote: cellText(row[quoteAt]),
      doc: "",
      source: cellText(row[sourceAt]),
      start: null,
      end: null,
    });
  }
  return describeStatus(statusOf(records, when));
}

/** The indexed answer, as CT.STATUS gives it. */
export function indexedStatusText(query: StatusQuery, grid: unknown): string {
  return statusText(query.actor, query.instrument, grid, query.asOf);
}

export interface Mismatch {
  query: StatusQuery;
  indexed: string;
  naive: string;
}

/** The queries (of the first `sample`) on which the naive and the indexed answers differ. */
export function compareAnswers(data: StatusBenchData, sample: number): Mismatch[] {
  const out: Mismatch[] = [];
  for (const query of data.queries.slice(0, sample)) {
    const indexed = indexedStatusText(query, data.grid);
    const naive = naiveStatusText(query.actor, query.instrument, data.grid, query.asOf);
    if (indexed !== naive) out.push({ query, indexed, naive });
  }
  return out;
}

// ---- timing --------------------------------------------------------------------------------

export interface TimedCalls {
  calls: number;
  seconds: number;
}

export interface StatusBenchResult {
  rows: number;
  /** Indexed and naive calls passing the same array every time (identity cache hits). */
  indexed: TimedCalls;
  naive: TimedCalls;
  /** Every call gets a fresh copy of the range (copied inside the timed loop on both sides). */
  freshIndexed: TimedCalls;
  freshNaive: TimedCalls;
  /** Making the copy alone (no call), for reading the two figures above. */
  copyOnly: TimedCalls;
}

/** Times `call` over the first `calls` queries as one loop (per-call clocks would cost more than a hit). */
function timeCalls(queries: readonly StatusQuery[], calls: number, call: (q: StatusQuery) => string): TimedCalls {
  const n = Math.min(calls, queries.length);
  let chars = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) chars += call(queries[i] as StatusQuery).length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (n > 0 && chars === 0) throw new Error("status bench: empty answers"); // keeps the answers live
  return { calls: n, seconds };
}

const copyOf = (grid: readonly (readonly unknown[])[]) => grid.map((row) => row.slice());

/**
 * Checks the naive and indexed answers agree on a sample, then times both ways. The cache is
 * cleared before each indexed run, so the index build is part of the timed calls. Returns the
 * mismatches instead of timings when the answers differ: a wrong fast answer is worthless.
 */
export function runStatusBench(data: StatusBenchData, between: () => void = () => undefined): StatusBenchResult | Mismatch[] {
  clearEvidenceCache();
  const mismatches = compareAnswers(data, CHECK_SAMPLE);
  if (mismatches.length > 0) return mismatches;
  const { grid, queries } = data;
  between();

  clearEvidenceCache();
  const indexed = timeCalls(queries, queries.length, (q) => indexedStatusText(q, grid));
  between();
  const naive = timeCalls(queries, NAIVE_CALLS, (q) => naiveStatusText(q.actor, q.instrument, grid, q.asOf));
  between();
  clearEvidenceCache();
  const freshIndexed = timeCalls(queries, FRESH_COPY_CALLS, (q) => indexedStatusText(q, copyOf(grid)));
  between();
  const freshNaive = timeCalls(queries, FRESH_COPY_NAIVE_CALLS, (q) => naiveStatusText(q.actor, q.instrument, copyOf(grid), q.asOf));
  between();
  const copyOnly = timeCalls(queries, COPY_ONLY_CALLS, () => (copyOf(grid).length > 0 ? "copied" : ""));
  clearEvidenceCache();
  between();
  return { rows: grid.length - 1, indexed, naive, freshIndexed, freshNaive, copyOnly };
}
