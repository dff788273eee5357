/**
 * A table as the reference import receives it: rows of cells (strings from text, strings, numbers
 * or dates from an .xlsx), read the same way by every layout.
 */
import { officeCell, UnreadableCell } from "../tables/cells";

export type Grid = readonly (readonly unknown[])[];

export class ReferenceImportError extends Error {
  override name = "ReferenceImportError";
}

/** The table's columns are not found (a layout the header shapes do not know, or a mapping that does not fit): a column mapping reads it. */
export class UnknownLayoutError extends ReferenceImportError {
  override name = "UnknownLayoutError";
}

/** More rows than any depositary table has: past this the import stops with an error. */
export const MAX_ROWS = 20_000;
/** A cell longer than this is no name and no date. */
export const MAX_CELL = 500;

/** A cell's text, whitespace collapsed; a Date as YYYY-MM-DD; nothing for an unreadable cell. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined || value instanceof UnreadableCell) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).replace(/\s+/gu, " ").trim();
}

/** The grid's cells as the import reads them: an error Excel wrote as text ("#N/A") is the error it is. */
export function readCells(grid: Grid): Grid {
  return grid.map((row) => (Array.isArray(row) ? Array.from(row, officeCell) : []));
}

/** Throws when the grid is empty or longer than any status table. */
export function checkSize(grid: Grid, empty: string): void {
  if (!Array.isArray(grid) || grid.length === 0) throw new ReferenceImportError(empty);
  if (grid.length > MAX_ROWS)
    throw new ReferenceImportError(
      `the table has ${grid.length.toLocaleString("en")} rows, more than the ${MAX_ROWS.toLocaleString("en")} a status table can have; import one instrument's table at a time`,
    );
}
