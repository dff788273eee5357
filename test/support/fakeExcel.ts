/**
 * A fake Excel workbook for the Office.js writer (src/workbook/officeStore.ts), on office-addin-mock.
 *
 * The root (`book.context`) is an OfficeMockObject, so tests can `jest.spyOn(context, "sync")`.
 * It implements only the Office.js surface officeStore.ts uses, with Excel's batch semantics:
 * - every write and every load is queued and runs at `sync()`, in order; a failing operation
 *   rejects the sync (the operations before it stay applied, as in Excel);
 * - a property is readable only after `load` and a `sync` (else it throws office-addin-mock's
 *   "not loaded" / "sync was not called" message);
 * - in a written 2-D array, null leaves the cell unchanged; a cell formatted "@" stores any
 *   string as text; in any other cell a string that Excel would take for a formula when typed
 *   (leading "=", "+", "-" or "@") becomes one (`formulas` reads "=…" back, `values` the result).
 * Each sync records its request bytes: the JSON length of every values/formulas/numberFormat
 * array assigned since the sync before. Grid helpers (cell text, formula, format, table
 * extents, visibility) and user actions (typing, adding a row or a column) are in fakeGrid.ts;
 * the cell model is in fakeCells.ts, the Office.js objects in fakeExcelApi.ts.
 */
import { cellKey, fail, parseAddress, type FakeCell, type FakeSheet, type FakeTable } from "./fakeCells";
import { FakeContext } from "./fakeExcelApi";

export * from "./fakeCells";

export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Request bytes of each sync so far, in order. */
  readonly requests: number[] = [];
  /** Whether calculation was suspended until each sync. */
  readonly suspended: boolean[] = [];
  /** The request context to hand to OfficeStore (an OfficeMockObject underneath). */
  readonly context: Excel.RequestContext;
  private queue: (() => void)[] = [];
  private bytes = 0;
  private suspend = false;

  /** A new workbook holds one empty sheet, as Excel's does. */
  constructor() {
    this.addSheet("Sheet1");
    this.context = new FakeContext(this) as unknown as Excel.RequestContext;
  }

  get syncs(): number {
    return this.requests.length;
  }
  get maxRequest(): number {
    return Math.max(0, ...this.requests);
  }

  enqueue(op: () => void, bytes = 0): void {
    this.queue.push(op);
    this.bytes += bytes;
  }
  suspendCalculation(): void {
    this.suspend = true;
  }

  /** Runs the queued batch (called by the context's sync). */
  runBatch(): void {
    const ops = this.queue;
    this.requests.push(this.bytes);
    this.suspended.push(this.suspend);
    [this.queue, this.bytes, this.suspend] = [[], 0, false];
    for (const op of ops) op();
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  findTable(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) fail(`ItemAlreadyExists: a sheet named "${name}"`);
    const sheet: FakeSheet = { name, visibility: "Visible", cells: new Map(), frozenRows: 0, widths: new Map(), validations: [] };
    this.sheets.push(sheet);
    return sheet;
  }
  /** The cell, created blank (General) if need be. */
  cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let cell = sheet.cells.get(key);
    if (!cell) sheet.cells.set(key, (cell = { value: "", formula: null, format: "General" }));
    return cell;
  }
  /** The cell as it is, without creating it. */
  peek(sheet: FakeSheet, row: number, col: number): FakeCell {
    return sheet.cells.get(cellKey(row, col)) ?? { value: "", formula: null, format: "General" };
  }
  addTable(sheet: FakeSheet, address: string): FakeTable {
    const box = parseAddress(address);
    const overlaps = (t: FakeTable) =>
      t.sheet === sheet && t.row < box.row + box.rows && box.row < t.row + t.rows && t.col < box.col + box.cols && box.col < t.col + t.cols;
    if (this.tables.some(overlaps)) fail(`InvalidOperation: ${address} overlaps a table`);
    const table: FakeTable = { name: this.freeName(), sheet, ...box };
    this.tables.push(table);
    this.nameBlankHeaders(table);
    return table;
  }
  /** Excel names blank header cells Column1, Column2, … */
  nameBlankHeaders(t: FakeTable): void {
    for (let j = 0; j < t.cols; j++) {
      const cell = this.cellAt(t.sheet, t.row, t.col + j);
      if (cell.value === "" && cell.formula === null) cell.value = `Column${j + 1}`;
    }
  }
  private freeName(): string {
    let n = 1;
    while (this.findTable(`Table${n}`)) n++;
    return `Table${n}`;
  }
}
