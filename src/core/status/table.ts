/**
 * An evidence table as a spreadsheet range gives it (a header row, then one row per record),
 * read by header names so `Commitments[#All]`, a CT.EXTRACT spill or a table whose columns
 * the user reordered all work. Indexes are cached per distinct range: the same array, or an
 * equal copy of the last few (Excel hands every formula its own copy of a range), is indexed once.
 */
import { ActionSchema, PartialDateSchema, PolaritySchema, InstrumentTypeSchema, type PartialDate } from "../model";
import { REVIEW_STATES, type Evidence, type ReviewState } from "./evidence";
import { EvidenceIndex } from "./evidenceIndex";

export type Grid = readonly (readonly unknown[])[];

export class EvidenceTableError extends Error {
  override name = "EvidenceTableError";
}

/** The headers the rules read; the first name is the layout's, the others accepted aliases. */
const FIELDS = {
  id: ["id"],
  actor: ["actor"],
  action: ["action"],
  instrument: ["instrument"],
  instrumentId: ["instrument id"],
  type: ["type", "instrument type"],
  date: ["date"],
  polarity: ["polarity"],
  evidence: ["evidence", "quote"],
  confidence: ["confidence"],
  review: ["review"],
  source: ["source"],
} as const;
type Field = keyof typeof FIELDS;

export interface RowProblem {
  /** 1-based row of the range (the header is row 1). */
  row: number;
  reason: string;
}

export interface EvidenceTable {
  index: EvidenceIndex;
  /** Each record's 0-based body row. */
  rowOf: ReadonlyMap<Evidence, number>;
  /** Rows that could not be read (kept out of the index, never silently). */
  problems: RowProblem[];
}

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/** An Excel date serial (days since 1899-12-30) as YYYY-MM-DD. */
export function serialToDate(serial: number): PartialDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

function dateOf(value: unknown): PartialDate | null | undefined {
  if (typeof value === "number") return serialToDate(value) ?? undefined;
  const s = text(value);
  if (s === "") return null;
  return PartialDateSchema.safeParse(s).success ? s : undefined;
}

function columnsOf(header: readonly unknown[]): Map<Field, number> {
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    const name = text(h).toLowerCase().replace(/\s+/gu, " ");
    if (name && !at.has(name)) at.set(name, i);
  });
  const columns = new Map<Field, number>();
  for (const field of Object.keys(FIELDS) as Field[]) {
    for (const name of FIELDS[field]) {
      const i = at.get(name);
      if (i !== undefined) {
        columns.set(field, i);
        break;
      }
    }
  }
  return columns;
}

/** Reads a range into an evidence table; throws EvidenceTableError when the range is not one. */
export function readEvidenceTable(grid: unknown): EvidenceTable {
  if (!Array.isArray(grid) || grid.length === 0 || !grid.every(Array.isArray)) {
    throw new EvidenceTableError("evidence must be a range with a header row, such as Commitments[#All]");
  }
  const rows = grid as Grid;
  const columns = columnsOf(rows[0] as readonly unknown[]);
  const missing = (["actor", "action"] as Field[]).filter((f) => !columns.has(f));
  if (!columns.has("instrument") && !columns.has("instrumentId")) missing.push("instrument");
  if (missing.length > 0) {
    throw new EvidenceTableError(
      `evidence has no ${missing.map((f) => `"${FIELDS[f][0].replace(/\b\w/gu, (c) => c.toUpperCase())}"`).join(", ")} column in its first row; include the header row (e.g. Commitments[#All])`,
    );
  }
  const cell = (row: readonly unknown[], field: Field): unknown => {
    const i = columns.get(field);
    return i === undefined ? undefined : row[i];
  };
  const records: Evidence[] = [];
  const rowOf = new Map<Evidence, number>();
  const problems: RowProblem[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as readonly unknown[];
    const actor = text(cell(row, "actor"));
    const actionText = text(cell(row, "action")).toLowerCase();
    const instrument = text(cell(row, "instrument"));
    const instrumentId = text(cell(row, "instrumentId"));
    if (actor === "" && actionText === "" && instrument === "" && instrumentId === "") continue;
    const problem = (reason: string) => problems.push({ row: r + 1, reason });
    const action = ActionSchema.safeParse(actionText);
    if (!action.success) {
      problem(`action "${actionText}" is not one of ${ActionSchema.options.join(", ")}`);
      continue;
    }
    if (actor === "" || (instrument === "" && instrumentId === "")) {
      problem("a record needs an actor and an instrument");
      continue;
    }
    const date = dateOf(cell(row, "date"));
    if (date === undefined) problem(`date "${text(cell(row, "date"))}" is not YYYY, YYYY-MM or YYYY-MM-DD; read as undated`);
    const polarityText = text(cell(row, "polarity")).toLowerCase();
    const polarity = polarityText === "" ? "affirmed" : PolaritySchema.safeParse(polarityText).data;
    if (!polarity) {
      problem(`polarity "${polarityText}" is not affirmed, negated or planned`);
      continue;
    }
    const reviewText = text(cell(row, "review"));
    const review = (REVIEW_STATES.find((s) => s.toLowerCase() === reviewText.toLowerCase()) ?? "Pending") as ReviewState;
    const confidence = cell(row, "confidence");
    const record: Evidence = {
      id: text(cell(row, "id")) || `row ${r + 1}`,
      actor,
      action: action.data,
      instrument: instrument || instrumentId,
      instrumentId: instrumentId || null,
      instrumentType: InstrumentTypeSchema.safeParse(text(cell(row, "type")).toLowerCase()).data ?? null,
      date: date ?? null,
      polarity,
      confidence: typeof confidence === "number" && Number.isFinite(confidence) ? confidence : null,
      review,
      quote: text(cell(row, "evidence")),
      doc: sourceDocument(text(cell(row, "source"))),
      source: text(cell(row, "source")),
      start: null,
      end: null,
    };
    records.push(record);
    rowOf.set(record, r - 1);
  }
  return { index: new EvidenceIndex(records), rowOf, problems };
}

/** The document of a Source label as the writers make it ("003_x.txt ¶4" → "003_x.txt"). */
export function sourceDocument(label: string): string {
  const m = /¶\d+$/u.exec(label);
  return m ? label.slice(0, m.index).trimEnd() : label;
}

/** Equal ranges: same shape, every cell the same value. */
function sameGrid(a: Grid, b: Grid): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r] as readonly unknown[];
    const y = b[r] as readonly unknown[];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}

/**
 * What a range reads as, worked out once per distinct range: the same array again, or an equal
 * copy of one of the last few (Excel hands every formula its own copy), reuses the answer.
 */
export class RangeCache<T> {
  private byIdentity = new WeakMap<object, T>();
  /** The last few ranges read, newest first, to recognise equal copies. */
  private readonly recent: { grid: Grid; value: T }[] = [];

  constructor(
    private readonly read: (grid: unknown) => T,
    private readonly size = 4,
  ) {}

  get(grid: unknown): T {
    if (typeof grid === "object" && grid !== null) {
      const hit = this.byIdentity.get(grid);
      if (hit !== undefined) return hit;
      for (let i = 0; i < this.recent.length; i++) {
        const entry = this.recent[i] as { grid: Grid; value: T };
        if (Array.isArray(grid) && sameGrid(entry.grid, grid as Grid)) {
          this.byIdentity.set(grid, entry.value);
          if (i > 0) this.recent.unshift(...this.recent.splice(i, 1));
          return entry.value;
        }
      }
    }
    const value = this.read(grid);
    this.byIdentity.set(grid as object, value);
    this.recent.unshift({ grid: grid as Grid, value });
    if (this.recent.length > this.size) this.recent.pop();
    return value;
  }

  clear(): void {
    this.recent.length = 0;
    this.byIdentity = new WeakMap();
  }
}

const evidenceCache = new RangeCache(readEvidenceTable);

/** The table for a range, indexed once per distinct range and reused for every call that passes it. */
export function evidenceTable(grid: unknown): EvidenceTable {
  return evidenceCache.get(grid);
}

/** Forgets every cached index (tests and benchmarks start cold with it). */
export function clearEvidenceCache(): void {
  evidenceCache.clear();
}
