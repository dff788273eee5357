/**
 * A spreadsheet cell as a table import reads it: the one reading of .xlsx cells (exceljs's cell
 * values, in the command line and in the pane) and of Office.js range values. Pure: it only looks
 * at the shapes, so the core needs neither exceljs nor Office.
 *
 * - text, numbers and booleans as they are;
 * - rich text → its text; a hyperlink → its text (itself plain or rich);
 * - a formula → its saved (cached) value, read the same way; a date → its ISO date (YYYY-MM-DD);
 * - what has no value to read is an UnreadableCell that says why: a formula saved without its
 *   value (a file written by a program, not by Excel), an error (#N/A, #REF!, …), anything else
 *   unknown. An import lists those on their line; none ever becomes the text "[object Object]".
 */

/** A cell with nothing to import; `reason` says why and what to do, for the row's problem line. */
export class UnreadableCell {
  constructor(
    readonly kind: "formula" | "error" | "unknown",
    /** What the cell holds: "=VLOOKUP(…)", "#N/A". */
    readonly shown: string,
  ) {}

  get reason(): string {
    if (this.kind === "formula") return `the formula ${this.shown} has no saved value; open the file in Excel and save it again (or paste the values)`;
    if (this.kind === "error") return `the cell shows the error ${this.shown}; correct it in the sheet`;
    return `the cell holds ${this.shown}, which is not a value that can be read`;
  }

  toString(): string {
    return this.shown;
  }
}

/** What an import gets for a cell: a value, an ISO date as text, nothing (null), or a cell it cannot read. */
export type TableCell = string | number | boolean | null | UnreadableCell;

/** Excel's error values, as exceljs and Office.js give them. */
export const EXCEL_ERRORS: readonly string[] = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
];

/** A date's ISO day (YYYY-MM-DD): exceljs reads Excel's dates as UTC; a time of day is not part of a status. */
function isoDate(date: Date): TableCell {
  return Number.isNaN(date.getTime()) ? new UnreadableCell("unknown", "an invalid date") : date.toISOString().slice(0, 10);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function richText(value: unknown): string | null {
  if (!isObject(value) || !Array.isArray(value.richText)) return null;
  return value.richText.map((run) => (isObject(run) && typeof run.text === "string" ? run.text : "")).join("");
}

/** An exceljs cell value (Cell.value, or an entry of Row.values). */
export function xlsxCell(value: unknown, depth = 0): TableCell {
  if (value === null || value === undefined) return null;
  if (value instanceof UnreadableCell) return value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : new UnreadableCell("unknown", String(value));
  if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") return isoDate(value as Date);
  if (!isObject(value) || depth > 2) return new UnreadableCell("unknown", "an object");
  const rich = richText(value);
  if (rich !== null) return rich;
  if (typeof value.error === "string") return new UnreadableCell("error", value.error);
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) {
      const formula = typeof value.formula === "string" ? value.formula : typeof value.sharedFormula === "string" ? value.sharedFormula : "";
      return new UnreadableCell("formula", `=${formula.replace(/^=/u, "")}`);
    }
    return xlsxCell(result, depth + 1);
  }
  if ("hyperlink" in value || "text" in value) {
    const text = value.text;
    if (typeof text === "string") return text;
    const nested = richText(text);
    if (nested !== null) return nested;
    return typeof value.hyperlink === "string" ? value.hyperlink : new UnreadableCell("unknown", "a link without text");
  }
  return new UnreadableCell("unknown", "an object");
}

/**
 * An Office.js range value (Range.values), or a cell of a CSV Excel saved: strings, numbers,
 * booleans; an error arrives as its text ("#N/A"), which is read as the error it is; an empty
 * cell is "". Values already read (exceljs's, an UnreadableCell) pass through xlsxCell.
 */
export function officeCell(value: unknown): TableCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return EXCEL_ERRORS.includes(value) ? new UnreadableCell("error", value) : value;
  return xlsxCell(value);
}

/** The part of an exceljs Worksheet that xlsxGrid reads (the core does not load exceljs). */
export interface SheetRows {
  eachRow(options: { includeEmpty: boolean }, callback: (row: { values: unknown }, rowNumber: number) => void): void;
}

/**
 * A worksheet's cells, row by row from row 1 and column A (exceljs's Row.values starts at index
 * 1); rows exceljs skips (never written) are blank rows, so that row i is the sheet's row i + 1
 * and problems name the row Excel shows.
 */
export function xlsxGrid(sheet: SheetRows | undefined): TableCell[][] {
  const grid: TableCell[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    grid[rowNumber - 1] = Array.from(values, (v) => xlsxCell(v));
  });
  return Array.from(grid, (row) => row ?? []);
}
