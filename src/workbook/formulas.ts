/**
 * The CT formulas the writers put in the workbook, and the values they compute, from one
 * description so that the add-in (Office.js) and the file writer (exceljs) cannot drift:
 * - Status and Flags in every row of the Commitments table: single-cell formulas over the
 *   table's other columns (a table cannot hold a spill, and a reference that took in Status or
 *   Flags themselves would be circular);
 * - on the Gaps sheet, outside any table, one spilled CT.GAPS per actor.
 * In a file, a JavaScript custom function is stored as `_xldudf_CT_NAME`, which Excel maps back
 * to CT.NAME once the add-in is loaded; the writer also caches each formula's value (computed
 * here with the functions' own code) for viewers that do not run the add-in.
 */
import { gapsRows, GAPS_HEADERS, flagsText, statusText } from "../functions/answers";
import { cellText, formulaString, isFormula, type Cell, type FormulaCell } from "./cells";
import { CHECKLIST, COMMITMENTS, GAPS_SHEET, REFERENCE } from "./layout";
import type { TablePlan, TableSnapshot } from "./merge";

/** Where a formula goes: typed into Excel through Office.js, or stored in an .xlsx file. */
export type FormulaTarget = "excel" | "file";

/** The Commitments columns that hold CT formulas, kept out of the evidence they read. */
export const FORMULA_HEADERS: readonly string[] = COMMITMENTS.columns.filter((c) => c.kind === "formula").map((c) => c.header);

function fn(name: string, target: FormulaTarget): string {
  return target === "excel" ? `CT.${name}` : `_xldudf_CT_${name}`;
}

/** A column name inside a structured reference: ' [ ] # escaped with a quote mark. */
function column(header: string): string {
  return `[${header.replace(/['[\]#]/gu, (c) => `'${c}`)}]`;
}

/** This row's cell of a column: `[@Actor]` as Excel shows it, `Commitments[[#This Row],[Actor]]` in a file. */
function thisRow(header: string, target: FormulaTarget): string {
  return target === "excel" ? `[@${/^[\w.]+$/u.test(header) ? header : column(header)}]` : `${COMMITMENTS.table}[[#This Row],${column(header)}]`;
}

/** Runs of adjacent evidence columns (every column but the formula ones), as [first, last] indexes. */
export function evidenceSpans(headers: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  headers.forEach((h, i) => {
    if (FORMULA_HEADERS.includes(h)) return;
    const last = spans[spans.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else spans.push([i, i]);
  });
  return spans;
}

/**
 * The evidence the formulas read: the table's columns with their header row, minus Status and
 * Flags, e.g. `Commitments[[#All],[ID]:[Notes]]`; columns on both sides of them are stacked
 * side by side with HSTACK.
 */
export function evidenceReference(headers: readonly string[], target: FormulaTarget): string {
  const refs = evidenceSpans(headers).map(([a, b]) => `${COMMITMENTS.table}[[#All],${column(headers[a] as string)}${a === b ? "" : `:${column(headers[b] as string)}`}]`);
  if (refs.length === 1) return refs[0] as string;
  return `${target === "excel" ? "HSTACK" : "_xlfn.HSTACK"}(${refs.join(",")})`;
}

/** The values the evidence reference gives, as a function receives them. */
export function evidenceGrid(headers: readonly string[], rows: readonly (readonly Cell[])[]): (string | number | boolean)[][] {
  const spans = evidenceSpans(headers);
  const pick = (line: readonly (Cell | string)[]) => spans.flatMap(([a, b]) => line.slice(a, b + 1).map(value));
  return [pick(headers), ...rows.map((r) => pick(headers.map((_, j) => r[j] ?? null)))];
}

/** A cell as a function sees it: a formula by its cached result, a blank as "". */
function value(cell: Cell | string | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) return cellText(cell);
  return cell;
}

function instrumentArgument(target: FormulaTarget): string {
  return `IF(${thisRow("Instrument ID", target)}="",${thisRow("Instrument", target)},${thisRow("Instrument ID", target)})`;
}

/** The depositary's record, when the workbook has a Reference table: STATUS, FLAGS and GAPS then read it. */
export function referenceReference(): string {
  return `${REFERENCE.table}[#All]`;
}

export function statusFormula(headers: readonly string[], target: FormulaTarget, withReference = false): string {
  const args = [thisRow("Actor", target), instrumentArgument(target), evidenceReference(headers, target)];
  if (withReference) args.push("", referenceReference());
  return `${fn("STATUS", target)}(${args.join(",")})`;
}

export function flagsFormula(headers: readonly string[], target: FormulaTarget, withReference = false): string {
  const args = [thisRow("ID", target), evidenceReference(headers, target)];
  if (withReference) args.push(referenceReference());
  return `${fn("FLAGS", target)}(${args.join(",")})`;
}

/** The checklist argument: the user's Checklist table when the workbook has one. */
export function checklistReference(): string {
  return `${CHECKLIST.table}[#All]`;
}

export function gapsFormula(actor: string, headers: readonly string[], target: FormulaTarget, withChecklist: boolean, withReference = false): string {
  const args = [formulaString(actor), evidenceReference(headers, target)];
  if (withChecklist || withReference) args.push(withChecklist ? checklistReference() : "");
  if (withReference) args.push(referenceReference());
  return `${fn("GAPS", target)}(${args.join(",")})`;
}

/** The optional tables the formulas read besides Commitments, as the workbook has them (null: none). */
export interface FormulaTables {
  checklist: TableSnapshot | null;
  reference: TableSnapshot | null;
}

const NO_TABLES: FormulaTables = { checklist: null, reference: null };

/** A function's answer as a cached value: its text, or the error it would show. */
function computed(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `#VALUE! ${(error as Error).message}`;
  }
}

/** A table's values with its header, as a function receives Checklist[#All] or Reference[#All]. */
export function tableGrid(snapshot: TableSnapshot | null): (string | number | boolean)[][] | null {
  if (!snapshot) return null;
  return [snapshot.headers, ...snapshot.rows.map((r) => snapshot.headers.map((_, j) => value(r[j])))];
}

/**
 * Puts the Status and Flags formulas in every row of the Commitments plan (rows typed by hand
 * too), each with its value as the functions compute it over the plan's final rows.
 */
export function fillFormulas(plan: TablePlan, target: FormulaTarget, tables: FormulaTables = NO_TABLES, grid = evidenceGrid(plan.headers, plan.rows)): void {
  const statusAt = plan.headers.indexOf("Status");
  const flagsAt = plan.headers.indexOf("Flags");
  const at = (h: string) => plan.headers.indexOf(h);
  const reference = tableGrid(tables.reference) ?? undefined;
  const status = statusFormula(plan.headers, target, reference !== undefined);
  const flags = flagsFormula(plan.headers, target, reference !== undefined);
  plan.rows.forEach((row) => {
    const get = (h: string) => value(row[at(h)]);
    const blank = ["Actor", "Action", "Instrument", "Instrument ID"].every((h) => String(get(h)).trim() === "");
    if (blank) return;
    const instrument = String(get("Instrument ID")).trim() === "" ? get("Instrument") : get("Instrument ID");
    if (statusAt >= 0) row[statusAt] = { formula: status, result: computed(() => statusText(get("Actor"), instrument, grid, undefined, reference)) } satisfies FormulaCell;
    if (flagsAt >= 0) row[flagsAt] = { formula: flags, result: computed(() => flagsText(get("ID"), grid, reference)) } satisfies FormulaCell;
  });
}

/** One actor's block on the Gaps sheet: a heading, and the spilled CT.GAPS under it. */
export interface GapsBlock {
  actor: string;
  /** 0-based row of the heading; the formula sits in the row below, column A. */
  row: number;
  formula: string;
  /** The spill's values as the function computes them (header row first). */
  values: string[][];
}

export interface GapsSheetPlan {
  sheet: string;
  /** Lines above the blocks: a title and how the sheet is made. */
  intro: string[];
  blocks: GapsBlock[];
  /** Columns the spills take. */
  columns: number;
}

/** Blank rows left under each spill so that a few more gaps fit before Excel reports #SPILL!. */
export const SPARE_ROWS = 5;

/** The Gaps sheet: every actor of the Commitments plan, A to Z, each with its spilled CT.GAPS. */
export function planGapsSheet(plan: TablePlan, target: FormulaTarget, tables: FormulaTables = NO_TABLES, grid = evidenceGrid(plan.headers, plan.rows)): GapsSheetPlan {
  const actorAt = plan.headers.indexOf("Actor");
  const reviewAt = plan.headers.indexOf("Review");
  const actors = new Map<string, string>();
  for (const row of plan.rows) {
    const actor = cellText(row[actorAt]).trim();
    if (actor === "" || cellText(row[reviewAt]).trim() === "Rejected") continue;
    const key = actor.toLowerCase();
    if (!actors.has(key)) actors.set(key, actor);
  }
  const list = tableGrid(tables.checklist);
  const reference = tableGrid(tables.reference);
  const intro = [
    "Gaps by actor",
    `Each block is a CT.GAPS formula over the Commitments table${list ? ", the Checklist table" : ""}${reference ? ", the Reference table" : ""}; the sheet is rebuilt on every write, so keep notes elsewhere.`,
  ];
  const blocks: GapsBlock[] = [];
  let row = intro.length + 1;
  for (const actor of [...actors.values()].sort((a, b) => a.localeCompare(b, "en"))) {
    let values: string[][];
    try {
      values = gapsRows(actor, grid, list ?? undefined, reference ?? undefined);
    } catch (error) {
      values = [[`#VALUE! ${(error as Error).message}`]];
    }
    blocks.push({ actor, row, formula: gapsFormula(actor, plan.headers, target, list !== null, reference !== null), values });
    row += 1 + values.length + SPARE_ROWS;
  }
  return { sheet: GAPS_SHEET, intro, blocks, columns: GAPS_HEADERS.length };
}

/** Fills the Commitments plan's formulas and plans the Gaps sheet, over one evidence grid. */
export function formulasAndGaps(plan: TablePlan, target: FormulaTarget, tables: FormulaTables): GapsSheetPlan {
  const grid = evidenceGrid(plan.headers, plan.rows);
  fillFormulas(plan, target, tables, grid);
  return planGapsSheet(plan, target, tables, grid);
}
