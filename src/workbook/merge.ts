/**
 * Merging a run into a table the user may have worked on (pure). The rules, from the SPEC:
 * - rows are matched by the table's key (the commitment id, the document id, …);
 * - a matched row gets the machine's columns anew and keeps the user's (Review, Notes), except
 *   that a decision made before writing (in the task pane) fills a user cell still at its
 *   default ("Pending", blank): it never overrides what the user chose in the workbook;
 * - a new row is appended, with the user's columns from the run's decision, else at their
 *   defaults ("Pending", "");
 * - no existing row is ever removed or moved: rows typed by hand, rows of earlier runs and
 *   rejected rows stay where they are, as they are;
 * - columns the user added or moved stay; layout columns the table lacks are appended.
 */
import { cellText, isFormula, xmlSafe, type Cell } from "./cells";
import type { ColumnSpec, TableSpec } from "./layout";
import { rowKey, type RowValues } from "./rows";

/** A table as read from a workbook: its headers and body rows (formulas as `{ formula }`). */
export interface TableSnapshot {
  headers: string[];
  rows: Cell[][];
}

export interface MergeSummary {
  /** Rows appended by this run. */
  added: number;
  /** Existing rows whose machine columns changed. */
  updated: number;
  /** Existing rows this run produced again, unchanged. */
  unchanged: number;
  /** Existing rows this run did not produce (by hand, from other documents or earlier runs): left as they were. */
  kept: number;
  /** Stale rows cleared (only where the caller asks: paragraphs of a document whose text changed). */
  cleared: number;
}

/** What a writer must do to one table. */
export interface TablePlan {
  spec: TableSpec;
  /** Final header row, in the table's own order. */
  headers: string[];
  /** Final body, aligned with `headers`. */
  rows: Cell[][];
  /** Rows `[0, existingRows)` were in the table before; the rest are new. */
  existingRows: number;
  /** Indexes into `headers` of the machine's columns: rewritten on existing rows. */
  machineColumns: number[];
  /** Indexes into `headers` of every layout column: written on new rows. */
  layoutColumns: number[];
  summary: MergeSummary;
}

export interface MergeOptions {
  /**
   * Clear, rather than keep, existing rows that this run did not produce but whose group is one
   * the run covers (e.g. a re-imported instrument's acts the new table no longer lists). A row's
   * group is its value in the first of these columns that is not blank; a row whose columns are
   * all blank is in no group, so it is never cleared (rows typed by hand, instruments outside the
   * catalog when grouped by name too).
   */
  clearStaleBy?: string | readonly string[];
}

/** A row's group for `clearStaleBy`: the first non-blank value of its columns, else "" (none). */
function staleGroup(columns: readonly string[], value: (column: string) => Cell | undefined): string {
  for (const column of columns) {
    const text = cellText(value(column)).trim();
    if (text !== "") return `${column}\u0000${text}`;
  }
  return "";
}

/** Equal as stored: a character a workbook cannot hold reads back as U+FFFD (see cells.ts), which is no change. */
function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
  if (isFormula(a) || isFormula(b)) return isFormula(a) && isFormula(b) && a.formula === b.formula;
  const [x, y] = [cellText(a), cellText(b)];
  return x === y || xmlSafe(x) === xmlSafe(y);
}

/** A user column's default: its first choice, else blank. */
function userDefault(column: ColumnSpec): string {
  return column.choices?.[0] ?? "";
}

/** The run's value for a user column when it is a real decision (a listed choice, not the default), else null. */
function userDecision(column: ColumnSpec, value: Cell | undefined): string | null {
  if (isFormula(value)) return null;
  const text = cellText(value).trim();
  if (text === "" || text === userDefault(column)) return null;
  if (column.choices && !column.choices.includes(text)) return null;
  return text;
}

/** A new row's cell: the machine's value, or for a user column the run's decision, else its default. */
function newCell(column: ColumnSpec | undefined, value: Cell | undefined): Cell {
  if (column?.owner !== "user") return value ?? null;
  return userDecision(column, value) ?? userDefault(column);
}

export function planTable(spec: TableSpec, snapshot: TableSnapshot | null, machine: readonly RowValues[], options: MergeOptions = {}): TablePlan {
  const headers = snapshot ? snapshot.headers.map((h) => h.trim()) : [];
  for (const column of spec.columns) if (!headers.includes(column.header)) headers.push(column.header);
  const at = new Map(headers.map((h, i) => [h, i] as const));
  const layoutColumns = spec.columns.map((c) => at.get(c.header) as number);
  const machineColumns = spec.columns.filter((c) => c.owner === "machine").map((c) => at.get(c.header) as number);
  const keyAt = at.get(spec.key) as number;
  const columnAt = headers.map((h) => spec.columns.find((c) => c.header === h));

  const fresh = new Map<string, RowValues>();
  for (const row of machine) {
    const key = rowKey(row, spec.key);
    if (key && !fresh.has(key)) fresh.set(key, row);
  }
  const groupColumns = options.clearStaleBy === undefined ? [] : typeof options.clearStaleBy === "string" ? [options.clearStaleBy] : options.clearStaleBy;
  const covered = new Set(machine.map((r) => staleGroup(groupColumns, (c) => r[c])));
  covered.delete("");

  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, kept: 0, cleared: 0 };
  const rows: Cell[][] = [];
  const matched = new Set<string>();
  for (const existing of snapshot?.rows ?? []) {
    const row: Cell[] = headers.map((_, i) => existing[i] ?? null);
    const key = cellText(row[keyAt]).trim();
    const update = key && !matched.has(key) ? fresh.get(key) : undefined;
    if (update) {
      matched.add(key);
      let changed = false;
      for (const column of spec.columns) {
        if (column.owner !== "machine") continue;
        const i = at.get(column.header) as number;
        const value = update[column.header] ?? null;
        // Formula columns are rewritten on every run; only a change of the data counts.
        if (column.kind !== "formula" && !sameCell(row[i], value)) changed = true;
        row[i] = value;
      }
      for (const column of spec.columns) {
        if (column.owner !== "user") continue;
        const i = at.get(column.header) as number;
        const decision = userDecision(column, update[column.header]);
        const current = isFormula(row[i]) ? null : cellText(row[i]).trim();
        if (decision === null || (current !== "" && current !== userDefault(column))) continue;
        row[i] = decision;
        changed = true;
      }
      summary[changed ? "updated" : "unchanged"]++;
    } else if (key && covered.has(staleGroup(groupColumns, (c) => (at.has(c) ? row[at.get(c) as number] : null)))) {
      for (const i of machineColumns) row[i] = null;
      summary.cleared++;
    } else {
      summary.kept++;
    }
    rows.push(row);
  }
  const existingRows = rows.length;
  for (const [key, values] of fresh) {
    if (matched.has(key)) continue;
    rows.push(headers.map((h, i) => newCell(columnAt[i], values[h])));
    summary.added++;
  }
  return { spec, headers, rows, existingRows, machineColumns, layoutColumns, summary };
}

/**
 * Drops blank rows at the end of a table body (an empty table keeps one, as Excel requires).
 * Blank rows inside the body stay: positions must not shift under the rows that follow.
 */
export function trimBlankTail(rows: Cell[][]): Cell[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] as Cell[]).every((c) => cellText(c) === "" && !isFormula(c))) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}
