/** The fake Excel's cells and extents, and what Excel makes of a value entered into a cell (see fakeExcel.ts). */

/** office-addin-mock's messages for a property read too early. */
export const NOT_LOADED = "Error, property was not loaded";
export const NOT_SYNCED = "Error, context.sync() was not called";

export type Scalar = string | number | boolean;
export interface FakeCell {
  value: Scalar;
  /** "=…" for a formula cell, else null. */
  formula: string | null;
  format: string;
  bold?: boolean;
}
export interface Validation {
  row: number;
  col: number;
  rows: number;
  cols: number;
  rule: unknown;
}
export interface FakeSheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  frozenRows: number;
  /** Columns frozen at the left (freezePanes.freezeAt). */
  frozenColumns?: number;
  /** Conditional formats: cells of the box whose text begins with `text` get the colours. */
  highlights?: Array<{ row: number; col: number; rows: number; cols: number; text: string; fill: string; font: string }>;
  /** Charts added (charts.add): type, the data block, series orientation, title, placement and series colours. */
  charts?: Array<{
    type: string;
    row: number;
    col: number;
    rows: number;
    cols: number;
    seriesBy: string;
    title: string;
    colors: string[];
    from?: [number, number];
    to?: [number, number];
  }>;
  /** Column widths in points, by column index. */
  widths: Map<number, number>;
  validations: Validation[];
}
/** A table's extent, header row included. */
export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}
export interface Box {
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}
export type Matrix = readonly (readonly (Scalar | null)[])[];

export function fail(message: string): never {
  throw new Error(message);
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

/** The label of `=HYPERLINK(target,"label")`, which is what Excel shows. */
function hyperlinkLabel(formula: string): string | null {
  const m = /,"((?:[^"]|"")*)"\)$/u.exec(formula);
  return formula.startsWith("=HYPERLINK(") && m ? (m[1] as string).replace(/""/gu, '"') : null;
}

/** What Excel makes of a value written (or typed) into a cell. */
export function enter(cell: FakeCell, input: Scalar | null | undefined): void {
  if (input === null || input === undefined) return;
  if (typeof input === "string" && cell.format !== "@" && input.length > 1 && /^[=+\-@]/u.test(input)) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = hyperlinkLabel(cell.formula) ?? "";
  } else {
    cell.value = input;
    cell.formula = null;
  }
}

/** "A1:P24" → indexes (0-based). */
export function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(address) ?? fail(`InvalidArgument: address "${address}"`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, c2, r1, r2] = [col(m[1] as string), col(m[3] as string), Number(m[2]) - 1, Number(m[4]) - 1];
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}
