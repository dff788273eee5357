/**
 * The cells a write takes that are not its table's yet (pure). A table grows into the rows below
 * it and the columns beside it; whatever the user typed there (a total, a note) must never be
 * written over. Both writers check these areas before they write anything, and stop with
 * `occupiedError` when one holds a value.
 */
import { columnLetter } from "./cells";
import { WorkbookError } from "./store";
import type { TableSpec } from "./layout";

/** A rectangle of cells; rows and columns counted from 0. */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * The part of `next` (the table after the write, header row included) outside `current` (the
 * table now, null when it is new): rows below it, over the new width, and columns beside it, over
 * its current height. Both have the same top-left corner: a table's header row never moves.
 */
export function claimedAreas(current: Area | null, next: Area): Area[] {
  if (!current) return [next];
  const out: Area[] = [];
  if (next.rows > current.rows) out.push({ row: current.row + current.rows, col: next.col, rows: next.rows - current.rows, cols: next.cols });
  if (next.cols > current.cols)
    out.push({ row: current.row, col: current.col + current.cols, rows: Math.min(current.rows, next.rows), cols: next.cols - current.cols });
  return out;
}

/** "A25:P27" (or "A25" for one cell). */
export function areaAddress(area: Area): string {
  const first = `${columnLetter(area.col)}${area.row + 1}`;
  const last = `${columnLetter(area.col + area.cols - 1)}${area.row + area.rows}`;
  return first === last ? first : `${first}:${last}`;
}

/** The error a writer throws, before it has written anything, when a cell it needs holds a value. */
export function occupiedError(spec: TableSpec, sheet: string, needed: Area, cell: string): WorkbookError {
  return new WorkbookError(
    `the ${spec.table} table needs the cells ${areaAddress(needed)} on the sheet "${sheet}", but ${cell} holds a value (yours?); ` +
      `move what is below or beside the table out of the way (or insert empty rows under it) and try again; nothing was written`,
  );
}
