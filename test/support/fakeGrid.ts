/**
 * Looking at a FakeBook's grid as a user would, and acting as one: typing into a cell, typing a
 * row under a table (Excel's table grows to take it, with the formats of the row above) or a
 * header to its right (a new column). Everything here acts at once: no batch, no sync.
 */
import { enter, fail, type FakeBook, type FakeCell, type FakeSheet, type FakeTable, type Scalar } from "./fakeExcel";

/** A cell as the tests compare it across writers: what it shows, and its formula without "=" (or null). */
export interface CellView {
  text: string;
  formula: string | null;
}
export type RowView = Record<string, CellView>;

export function view(cell: FakeCell): CellView {
  return { text: String(cell.value), formula: cell.formula === null ? null : cell.formula.slice(1) };
}

export function table(book: FakeBook, name: string): FakeTable {
  return book.findTable(name) ?? fail(`no table ${name}`);
}
export function sheet(book: FakeBook, name: string): FakeSheet {
  return book.findSheet(name) ?? fail(`no sheet ${name}`);
}

/** "A1:P24": a table's extent, header row included. */
export function tableAddress(t: FakeTable): string {
  const letters = (n: number): string => (n < 0 ? "" : letters(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26)));
  return `${letters(t.col)}${t.row + 1}:${letters(t.col + t.cols - 1)}${t.row + t.rows}`;
}

export function headers(book: FakeBook, name: string): string[] {
  const t = table(book, name);
  return Array.from({ length: t.cols }, (_, j) => String(book.peek(t.sheet, t.row, t.col + j).value));
}

/** The body's cells, row by row (blank rows at the end included). */
export function body(book: FakeBook, name: string): FakeCell[][] {
  const t = table(book, name);
  return Array.from({ length: t.rows - 1 }, (_, i) => Array.from({ length: t.cols }, (_, j) => book.peek(t.sheet, t.row + 1 + i, t.col + j)));
}

const blank = (c: FakeCell) => c.value === "" && c.formula === null;

/** The body as header → cell rows, without the blank rows at its end (an empty table keeps one). */
export function rows(book: FakeBook, name: string): RowView[] {
  const hs = headers(book, name);
  const cells = body(book, name);
  while (cells.length > 0 && (cells[cells.length - 1] as FakeCell[]).every(blank)) cells.pop();
  return cells.map((line) => Object.fromEntries(hs.map((h, j) => [h, view(line[j] as FakeCell)])));
}

/** The 0-based body row whose `header` cell shows `value`. */
export function findRow(book: FakeBook, name: string, header: string, value: string): number {
  const j = headers(book, name).indexOf(header);
  const i = body(book, name).findIndex((line) => String(line[j]?.value) === value);
  return i >= 0 ? i : fail(`${name}: no row with ${header} = ${value}`);
}

/** The user types into a sheet cell. */
export function type(book: FakeBook, sheetName: string, row: number, col: number, value: Scalar): void {
  enter(book.cellAt(sheet(book, sheetName), row, col), value);
}

/** The user types into the body row `index` (0-based) of a table, in the column `header`. */
export function edit(book: FakeBook, name: string, index: number, header: string, value: Scalar): void {
  const t = table(book, name);
  const j = headers(book, name).indexOf(header);
  if (j < 0 || index < 0 || index >= t.rows - 1) fail(`${name}: no cell ${header} in body row ${index}`);
  enter(book.cellAt(t.sheet, t.row + 1 + index, t.col + j), value);
}

/** The user types a row just under the table (the table grows to take it). */
export function appendRow(book: FakeBook, name: string, values: Record<string, Scalar>): void {
  const t = table(book, name);
  const hs = headers(book, name);
  const row = t.row + t.rows;
  hs.forEach((h, j) => {
    const cell = book.cellAt(t.sheet, row, t.col + j);
    cell.format = book.peek(t.sheet, row - 1, t.col + j).format;
    enter(cell, values[h] ?? null);
  });
  t.rows++;
}

/** The user types a header to the right of the table, then values under it (one per body row, from the top). */
export function addColumn(book: FakeBook, name: string, header: string, values: readonly Scalar[]): void {
  const t = table(book, name);
  const col = t.col + t.cols;
  enter(book.cellAt(t.sheet, t.row, col), header);
  values.forEach((v, i) => enter(book.cellAt(t.sheet, t.row + 1 + i, col), v));
  t.cols++;
}
