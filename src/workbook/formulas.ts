/**
 * The CT formulas the writers put in the workbook, and the values they compute, from one
 * description so that the add-in (Office.js) and the file writer (exceljs) cannot drift.
 *
 * What a recalculation costs is what Excel hands the CT functions: every call gets its own copy
 * of every range argument. So the workbook makes two CT calls, each over the table once:
 * - on the hidden Checks sheet, one spilled CT.CHECKS over the evidence: the Status and Flags of
 *   every row, in the table's order; the Commitments table's Status and Flags cells only pick
 *   their row out of that spill with INDEX (native, no copy), so they stay beside each row,
 *   sortable and filterable;
 * - on the Gaps sheet, one spilled CT.GAPS over every actor;
 * - on the Matrix sheet, one spilled CT.MATRIX: every actor's status under every instrument.
 * The evidence is the table's columns from ID to Review: Notes (and any column the user adds)
 * is read by no CT formula, so typing a note recalculates nothing.
 * In a file, a JavaScript custom function is stored as `_xldudf_CT_NAME`, which Excel maps back
 * to CT.NAME once the add-in is loaded; the writer also caches each formula's value (computed
 * here with the functions' own code) for viewers that do not run the add-in.
 */
import { CHECKS_HEADERS, gapsRows, GAPS_HEADERS, matrixRows, rowChecks } from "../functions/answers";
import { STATUS_LEVELS, TIMELINE_LEVELS, timelineActions, timelineCounts, type Action, type StatusLevel } from "../core";
import { cellText, columnLetter, formulaString, isFormula, type Cell, type FormulaCell } from "./cells";
import { CHECKLIST, CHECKS_SHEET, COMMITMENTS, GAPS_SHEET, MATRIX_SHEET, REFERENCE, TIMELINE_SHEET } from "./layout";
import type { TablePlan, TableSnapshot } from "./merge";

/** Where a formula goes: typed into Excel through Office.js, or stored in an .xlsx file. */
export type FormulaTarget = "excel" | "file";

/** The Commitments columns that hold CT formulas, kept out of the evidence they read. */
export const FORMULA_HEADERS: readonly string[] = COMMITMENTS.columns.filter((c) => c.kind === "formula").map((c) => c.header);

/** The Commitments columns the CT formulas read: the machine's and Review, never Notes nor the user's own. */
export const EVIDENCE_HEADERS: readonly string[] = COMMITMENTS.columns.filter((c) => c.kind !== "formula" && c.header !== "Notes").map((c) => c.header);

function fn(name: string, target: FormulaTarget): string {
  return target === "excel" ? `CT.${name}` : `_xldudf_CT_${name}`;
}

/** A column name inside a structured reference: ' [ ] # escaped with a quote mark. */
function column(header: string): string {
  return `[${header.replace(/['[\]#]/gu, (c) => `'${c}`)}]`;
}

/** Runs of adjacent evidence columns (in the table's current order), as [first, last] indexes. */
export function evidenceSpans(headers: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  headers.forEach((h, i) => {
    if (!EVIDENCE_HEADERS.includes(h)) return;
    const last = spans[spans.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else spans.push([i, i]);
  });
  return spans;
}

/**
 * The evidence the formulas read: the table's evidence columns with their header row, e.g.
 * `Commitments[[#All],[ID]:[Review]]`; when the user moved columns among them, the runs are
 * stacked side by side with HSTACK.
 */
export function evidenceReference(headers: readonly string[], target: FormulaTarget): string {
  const refs = evidenceSpans(headers).map(
    ([a, b]) => `${COMMITMENTS.table}[[#All],${column(headers[a] as string)}${a === b ? "" : `:${column(headers[b] as string)}`}]`,
  );
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

/** The depositary's record, when the workbook has a Reference table: STATUS, FLAGS and GAPS then read it. */
export function referenceReference(): string {
  return `${REFERENCE.table}[#All]`;
}

/** The checklist argument: the user's Checklist table when the workbook has one. */
export function checklistReference(): string {
  return `${CHECKLIST.table}[#All]`;
}

/** CT.GAPS over every actor (actor ""), or over one. */
export function gapsFormula(actor: string, headers: readonly string[], target: FormulaTarget, withChecklist: boolean, withReference = false): string {
  const args = [formulaString(actor), evidenceReference(headers, target)];
  if (withChecklist || withReference) args.push(withChecklist ? checklistReference() : "");
  if (withReference) args.push(referenceReference());
  return `${fn("GAPS", target)}(${args.join(",")})`;
}

/** CT.CHECKS over the evidence: every row's Status and Flags, spilled on the Checks sheet. */
export function checksFormula(headers: readonly string[], target: FormulaTarget, withReference = false): string {
  const args = [evidenceReference(headers, target)];
  if (withReference) args.push(referenceReference());
  return `${fn("CHECKS", target)}(${args.join(",")})`;
}

/** CT.MATRIX over the evidence (every actor and instrument it holds), with the reference when the workbook has one. */
export function matrixFormula(headers: readonly string[], target: FormulaTarget, withReference = false): string {
  const args = [evidenceReference(headers, target)];
  if (withReference) args.push("", "", "", referenceReference());
  return `${fn("MATRIX", target)}(${args.join(",")})`;
}

/** Where the CT.CHECKS spill starts on the Checks sheet (0-based row; column A): its header row. */
export const CHECKS_ROW = 2;

/** The spill as a reference: `Checks!$A$3#` in Excel, `_xlfn.ANCHORARRAY(Checks!$A$3)` in a file. */
function checksSpill(target: FormulaTarget): string {
  const anchor = `${CHECKS_SHEET}!$A$${CHECKS_ROW + 1}`;
  return target === "excel" ? `${anchor}#` : `_xlfn.ANCHORARRAY(${anchor})`;
}

/**
 * A Status or Flags cell: its row of the CT.CHECKS spill (the spill's header row lines up with the
 * table's), picked by INDEX. No CT function runs per row, and sorting the table keeps rows and
 * answers together (the spill follows the evidence's order).
 */
export function rowCheckFormula(header: "Status" | "Flags", target: FormulaTarget): string {
  const col = CHECKS_HEADERS.indexOf(header) + 1;
  return `INDEX(${checksSpill(target)},ROW()-ROW(${COMMITMENTS.table}[#Headers])+1,${col})`;
}

/** Kept for readers of older workbooks: the per-row formulas an earlier version wrote. */
export function statusFormula(_headers: readonly string[], target: FormulaTarget): string {
  return rowCheckFormula("Status", target);
}

export function flagsFormula(_headers: readonly string[], target: FormulaTarget): string {
  return rowCheckFormula("Flags", target);
}

/** The optional tables the formulas read besides Commitments, as the workbook has them (null: none). */
export interface FormulaTables {
  checklist: TableSnapshot | null;
  reference: TableSnapshot | null;
}

const NO_TABLES: FormulaTables = { checklist: null, reference: null };

/** A function's answer as cached values: its spill, or the error it would show in one cell. */
function computedGrid(run: () => string[][]): string[][] {
  try {
    return run();
  } catch (error) {
    return [[`#VALUE! ${(error as Error).message}`]];
  }
}

/** A table's values with its header, as a function receives Checklist[#All] or Reference[#All]. */
export function tableGrid(snapshot: TableSnapshot | null): (string | number | boolean)[][] | null {
  if (!snapshot) return null;
  return [snapshot.headers, ...snapshot.rows.map((r) => snapshot.headers.map((_, j) => value(r[j])))];
}

/**
 * A sheet the writers rebuild on every write: intro lines, then one spilled CT formula (or, with
 * `cells`, a block of cells of its own: the Timeline's native formulas).
 */
export interface SpillSheetPlan {
  sheet: string;
  /** Lines above the spill: a title and how the sheet is made. */
  intro: string[];
  /** 0-based row of the spilled formula (column A); the rows between the intro and it stay blank. */
  row: number;
  formula: string;
  /** The spill's values as the function computes them (header row first). */
  values: string[][];
  /** Instead of a spill: these cells from `row`, column A (formulas with their cached results); the first row bold. */
  cells?: Cell[][];
  /** A column chart of the `cells` block: categories in its first column, one series per other column. */
  chart?: ChartPlan;
  /** Column widths in characters, from column A. */
  widths: number[];
  hidden: boolean;
  /** A row of labels between the intro and the spill (0-based row, from column A): the Matrix sheet's legend. */
  legend?: { row: number; cells: string[] };
  /** Rows and columns kept in view while scrolling (from the top left). */
  freeze?: { rows: number; columns: number };
  /** Cells coloured by the text they begin with (the text stays: colour is never the only signal). */
  highlights?: { ranges: CellRange[]; styles: TextStyle[] };
}

/** A chart the writers put on a sheet: stacked columns, one series per column of a block of cells. */
export interface ChartPlan {
  title: string;
  /** The block: a header row (series names from column B on), then one row per category (column A). */
  data: CellRange;
  /** Series colours (RRGGBB), in column order. */
  colors: string[];
  /** Where the chart sits, in cells. */
  anchor: CellRange;
}

/** A block of cells, 0-based. */
export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Cells whose text begins with `text` get this fill and font colour (RRGGBB). */
export interface TextStyle {
  text: string;
  fill: string;
  font: string;
}

/**
 * A file's conditional-format rule for "the cell's text begins with `text`": an expression
 * relative to the first range's top-left cell, which Excel and LibreOffice apply to every range.
 */
export function beginsWithFormula(ranges: readonly CellRange[], text: string): string {
  const first = ranges[0] as CellRange;
  return `LEFT(${columnLetter(first.col)}${first.row + 1},${text.length})=${formulaString(text)}`;
}

/** One colour pair per status level, light fills with dark text of the same hue (contrast over 4.5:1). */
export const LEVEL_STYLES: Readonly<Record<StatusLevel, { fill: string; font: string }>> = {
  Bound: { fill: "C6EFCE", font: "006100" },
  Signed: { fill: "DDEBF7", font: "1F4E78" },
  "Politically committed": { fill: "FFEB9C", font: "7F6000" },
  Advocated: { fill: "FCE4D6", font: "843C0C" },
  "No record": { fill: "F2F2F2", font: "404040" },
};

/** Rows and columns past the spill that the Matrix sheet's colours still cover, so that a grown spill is coloured too. */
export const MATRIX_SPARE = { rows: 200, cols: 30 };

/** The Checks sheet: one CT.CHECKS over the Commitments evidence, with the values it gives. */
export function planChecksSheet(
  plan: TablePlan,
  target: FormulaTarget,
  tables: FormulaTables = NO_TABLES,
  grid = evidenceGrid(plan.headers, plan.rows),
): SpillSheetPlan {
  const reference = tableGrid(tables.reference);
  return {
    sheet: CHECKS_SHEET,
    intro: [
      "Status and Flags of every Commitments row: one CT.CHECKS formula; the table's Status and Flags cells read their row of it. Rebuilt on every write.",
    ],
    row: CHECKS_ROW,
    formula: checksFormula(plan.headers, target, reference !== null),
    values: computedGrid(() => rowChecks(grid, reference ?? undefined)),
    widths: [30, 28],
    hidden: true,
  };
}

/**
 * Puts the Status and Flags formulas in every row of the Commitments plan (rows typed by hand
 * too), each with its row's value from the Checks sheet's spill.
 */
export function fillFormulas(plan: TablePlan, target: FormulaTarget, checks: SpillSheetPlan): void {
  const statusAt = plan.headers.indexOf("Status");
  const flagsAt = plan.headers.indexOf("Flags");
  const at = (h: string) => plan.headers.indexOf(h);
  const status = rowCheckFormula("Status", target);
  const flags = rowCheckFormula("Flags", target);
  const failed = checks.values.length === 1 ? (checks.values[0]?.[0] ?? "") : null;
  plan.rows.forEach((row, i) => {
    const get = (h: string) => value(row[at(h)]);
    if (["Actor", "Action", "Instrument", "Instrument ID"].every((h) => String(get(h)).trim() === "")) return;
    const line = checks.values[i + 1];
    if (statusAt >= 0) row[statusAt] = { formula: status, result: failed ?? line?.[0] ?? "" } satisfies FormulaCell;
    if (flagsAt >= 0) row[flagsAt] = { formula: flags, result: failed ?? line?.[1] ?? "" } satisfies FormulaCell;
  });
}

/** Blank rows left under a spill so that a few more gaps fit before Excel reports #SPILL!. */
export const SPARE_ROWS = 5;

/** The Gaps sheet: one CT.GAPS over every actor, A to Z. */
export function planGapsSheet(
  plan: TablePlan,
  target: FormulaTarget,
  tables: FormulaTables = NO_TABLES,
  grid = evidenceGrid(plan.headers, plan.rows),
): SpillSheetPlan {
  const list = tableGrid(tables.checklist);
  const reference = tableGrid(tables.reference);
  const intro = [
    "Gaps by actor",
    `One CT.GAPS formula over the Commitments table${list ? ", the Checklist table" : ""}${reference ? ", the Reference table" : ""}, every actor from A to Z; the sheet is rebuilt on every write, so keep notes elsewhere.`,
  ];
  return {
    sheet: GAPS_SHEET,
    intro,
    row: intro.length + 1,
    formula: gapsFormula("", plan.headers, target, list !== null, reference !== null),
    values: computedGrid(() => gapsRows("", grid, list ?? undefined, reference ?? undefined)),
    widths: [14, 24, 48, 18, 30, 70].slice(0, GAPS_HEADERS.length),
    hidden: false,
  };
}

/**
 * The Matrix sheet: one CT.MATRIX over every actor and instrument in the evidence, a legend of the
 * levels in their colours above it, the header row and actor column frozen, each cell coloured
 * by the level its text begins with.
 */
export function planMatrixSheet(
  plan: TablePlan,
  target: FormulaTarget,
  tables: FormulaTables = NO_TABLES,
  grid = evidenceGrid(plan.headers, plan.rows),
): SpillSheetPlan {
  const reference = tableGrid(tables.reference);
  const intro = [
    "Status matrix",
    `One CT.MATRIX formula over the Commitments table${reference ? " and the Reference table" : ""}: each cell is what CT.STATUS gives for its actor and instrument; the sheet is rebuilt on every write.`,
  ];
  const legend = { row: intro.length, cells: ["Legend", ...STATUS_LEVELS] };
  const row = legend.row + 2;
  const values = computedGrid(() => matrixRows(grid, undefined, undefined, undefined, reference ?? undefined));
  const cols = Math.max(...values.map((r) => r.length), 1);
  return {
    sheet: MATRIX_SHEET,
    intro,
    row,
    formula: matrixFormula(plan.headers, target, reference !== null),
    values,
    widths: [26, ...Array.from({ length: Math.max(cols - 1, STATUS_LEVELS.length) }, () => 18)],
    hidden: false,
    legend,
    freeze: { rows: row + 1, columns: 1 },
    highlights: {
      ranges: [
        { row: legend.row, col: 1, rows: 1, cols: STATUS_LEVELS.length },
        { row: row + 1, col: 1, rows: values.length - 1 + MATRIX_SPARE.rows, cols: cols - 1 + MATRIX_SPARE.cols },
      ],
      styles: STATUS_LEVELS.map((level) => ({ text: level, ...LEVEL_STYLES[level] })),
    },
  };
}

/**
 * A Timeline cell: affirmed, unrejected rows of the year with one of the actions, counted by
 * Excel itself over the table's columns (SUMPRODUCT, no CT function: nothing is copied per call,
 * and LibreOffice computes it too).
 */
export function timelineFormula(yearCell: string, actions: readonly Action[]): string {
  const t = COMMITMENTS.table;
  const list = `{${actions.map(formulaString).join(",")}}`;
  return `SUMPRODUCT((LEFT(${t}[Date],4)=""&${yearCell})*(${t}[Polarity]="affirmed")*(${t}[Review]<>"Rejected")*ISNUMBER(MATCH(${t}[Action],${list},0)))`;
}

/**
 * The Timeline sheet: a row per year from the earliest to the latest dated, affirmed act, a
 * column per level (Bound, Signed, Political), each cell a native count over the Commitments
 * table with its value cached, and a stacked column chart of the block.
 */
export function planTimelineSheet(plan: TablePlan): SpillSheetPlan {
  const at = (h: string) => plan.headers.indexOf(h);
  const text = (r: readonly Cell[], h: string) => cellText(r[at(h)]);
  // The counts the formulas give, by the core's rule (the pane's chart uses it too), cached in the cells.
  const years = timelineCounts(
    plan.rows.map((r) => ({ date: text(r, "Date") || null, polarity: text(r, "Polarity"), review: text(r, "Review"), action: text(r, "Action") })),
  );
  const intro = ["Timeline", "Affirmed acts per year by level, counted over the Commitments table", "(rejected rows left out). Rebuilt on every write."];
  // The chart first, under the intro, then the counts it draws: both fit a portrait page.
  const chartRows = 18;
  const row = intro.length + 1 + (years.length > 0 ? chartRows + 1 : 0);
  const columns = TIMELINE_LEVELS.map((c) => ({ header: c.header, actions: timelineActions(c.levels) }));
  const cells: Cell[][] = [["Year", ...columns.map((c) => c.header)]];
  for (const { year, counts } of years) {
    const r = row + cells.length + 1;
    cells.push([year, ...columns.map((c, j) => ({ formula: timelineFormula(`$A${r}`, c.actions), result: counts[j] as number }))]);
  }
  if (years.length === 0) cells.push(["No dated, affirmed act yet", ...columns.map(() => null)]);
  const dated = cells.length - 1;
  return {
    sheet: TIMELINE_SHEET,
    intro,
    row,
    formula: "",
    values: [],
    cells,
    widths: [12, 12, 12, 12],
    hidden: false,
    ...(years.length > 0 && {
      chart: {
        title: "Affirmed acts per year",
        data: { row, col: 0, rows: dated + 1, cols: columns.length + 1 },
        colors: TIMELINE_LEVELS.map((c) => LEVEL_STYLES[c.levels[0]].font),
        anchor: { row: intro.length + 1, col: 0, rows: chartRows, cols: 6 },
      },
    }),
  };
}

/** Fills the Commitments plan's formulas and plans the Checks, Gaps and Matrix sheets, over one evidence grid. */
export function formulasAndGaps(plan: TablePlan, target: FormulaTarget, tables: FormulaTables): SpillSheetPlan[] {
  const grid = evidenceGrid(plan.headers, plan.rows);
  const checks = planChecksSheet(plan, target, tables, grid);
  fillFormulas(plan, target, checks);
  return [planGapsSheet(plan, target, tables, grid), planMatrixSheet(plan, target, tables, grid), planTimelineSheet(plan), checks];
}
