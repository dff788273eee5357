/**
 * The exceljs writer: the same tables in an .xlsx file, for the CLI and the browser's download.
 * Cells outside the plan's columns are never assigned, so whatever the user typed, formatted or
 * linked there survives a re-run byte for byte (as far as exceljs reads it).
 */
import ExcelJS from "exceljs";
import { columnLetter, isFormula, MAX_CELL_TEXT, xmlSafe, type Cell } from "./cells";
import { claimedAreas, occupiedError, type Area } from "./claims";
import { markDynamicArrays } from "./dynamicArrays";
import { escapeOoxml } from "./ooxmlText";

export { escapeOoxml };
import { beginsWithFormula, type ChartPlan, type SpillSheetPlan } from "./formulas";
import { addCharts } from "./chartPart";
import { SHEET_ORDER, type TableSpec } from "./layout";
import { trimBlankTail, type TablePlan, type TableSnapshot } from "./merge";
import { WorkbookError, type TableStore, type WriteProgress } from "./store";

type Value = ExcelJS.CellValue;

/** An exceljs value as the merge sees it. */
export function fromExcelJs(value: Value): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/u, "");
  if ("formula" in value || "sharedFormula" in value) {
    const v = value as ExcelJS.CellFormulaValue;
    const result = v.result;
    return { formula: v.formula ?? "", result: typeof result === "string" || typeof result === "number" ? result : undefined };
  }
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return null;
}

/** A formula value with the characters XML cannot carry replaced (the same object when there are none). */
function xmlSafeFormula(value: Value): Value {
  if (value === null || typeof value !== "object" || !("formula" in value)) return value;
  const formula = xmlSafe(value.formula ?? "");
  const result = typeof value.result === "string" ? xmlSafe(value.result) : value.result;
  return formula === value.formula && result === value.result ? value : ({ ...value, formula, result } as Value);
}

/** A cell for exceljs. Strings are always string cells: exceljs never reads "=…" as a formula. */
export function toExcelJs(cell: Cell): Value {
  if (isFormula(cell))
    return cell.result === undefined ? { formula: cell.formula, date1904: false } : { formula: cell.formula, result: cell.result, date1904: false };
  if (typeof cell === "string" && cell.length > MAX_CELL_TEXT) return cell.slice(0, MAX_CELL_TEXT);
  return cell;
}

/** First row, first column and extent of a table's range, e.g. "A1:P12". */
function decodeRef(ref: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(ref);
  if (!m) throw new WorkbookError(`a table's range "${ref}" cannot be read; repair the table in Excel and run again`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [r1, r2] = [Number(m[2]), Number(m[4])];
  const [c1, c2] = [col(m[1] as string), col(m[3] as string)];
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function encodeRef(row: number, col: number, rows: number, cols: number): string {
  // exceljs counts columns from 1; columnLetter from 0.
  return `${columnLetter(col - 1)}${row}:${columnLetter(col + cols - 2)}${row + rows - 1}`;
}

export class XlsxStore implements TableStore {
  readonly formulaTarget = "file" as const;
  /** Cells holding a spilled formula (sheet name → addresses), marked as dynamic arrays in the file. */
  private readonly spills = new Map<string, string[]>();
  /** Charts to add to the package (sheet name → the chart and its sheet's block of cells). */
  private readonly charts = new Map<string, { chart: ChartPlan; cells: readonly (readonly Cell[])[] }>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** A store over an empty workbook with the tracker's sheets in order. */
  static empty(): XlsxStore {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Commitments Tracker";
    for (const sheet of SHEET_ORDER) workbook.addWorksheet(sheet);
    return new XlsxStore(workbook);
  }

  static async load(data: ArrayBuffer | Uint8Array): Promise<XlsxStore> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data as ArrayBuffer);
    } catch (error) {
      throw new WorkbookError(`the file is not an .xlsx workbook exceljs can read (${(error as Error).message}); write to a new file instead`);
    }
    return new XlsxStore(workbook);
  }

  async read(specs: readonly TableSpec[]): Promise<(TableSnapshot | null)[]> {
    return specs.map((spec) => this.readTable(spec));
  }

  /** A table by name wherever it is (the user may have renamed its sheet), as Excel finds it. */
  private findTable(name: string): { ws: ExcelJS.Worksheet; table: { model: ExcelJS.TableProperties & { tableRef: string; autoFilterRef: string } } } | null {
    for (const ws of this.workbook.worksheets) {
      const table = ws.getTable(name) as unknown as { model: ExcelJS.TableProperties & { tableRef: string; autoFilterRef: string } } | undefined;
      if (table) return { ws, table };
    }
    return null;
  }

  private readTable(spec: TableSpec): TableSnapshot | null {
    const found = this.findTable(spec.table);
    const ws = found?.ws ?? this.workbook.getWorksheet(spec.sheet);
    const table = found?.table;
    if (!ws) return null;
    // As in the add-in: a sheet of ours without its table must be empty, or the table would overwrite it.
    if (!table) {
      if (ws.actualRowCount > 0 && !spec.optional)
        throw new WorkbookError(
          `the sheet "${spec.sheet}" has content but no ${spec.table} table; rename that sheet so the tracker can create its own, then run again`,
        );
      return null;
    }
    const { row, col, rows, cols } = decodeRef(table.model.tableRef);
    const line = (r: number) => Array.from({ length: cols }, (_, j) => fromExcelJs(ws.getCell(r, col + j).value));
    const headers = line(row).map((h) => (h === null ? "" : String(h)));
    // Without its key no row could be matched: every row would be added again.
    if (!headers.some((h) => h.trim() === spec.key))
      throw new WorkbookError(`the ${spec.table} table has no "${spec.key}" column; restore its header (or rename the table) and run again`);
    const body: Cell[][] = [];
    for (let r = row + 1; r < row + rows; r++) body.push(line(r));
    return { headers, rows: trimBlankTail(body) };
  }

  /** Spilled cells per worksheet part ("xl/worksheets/sheet4.xml"), as exceljs names the parts. */
  private sheetFiles(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [name, cells] of this.spills) {
      const ws = this.workbook.getWorksheet(name);
      if (ws && cells.length > 0) out.set(`xl/worksheets/sheet${ws.id}.xml`, cells);
    }
    return out;
  }

  async write(plans: readonly TablePlan[], onProgress?: (progress: WriteProgress) => void, sheets: readonly SpillSheetPlan[] = []): Promise<void> {
    for (const plan of plans) this.checkClaims(plan);
    const total = plans.reduce((n, p) => n + p.rows.length, 0);
    let done = 0;
    for (const plan of plans) {
      this.writeTable(plan);
      done += plan.rows.length;
      onProgress?.({ done, total });
    }
    for (const sheet of sheets) this.writeSpillSheet(sheet);
  }

  /**
   * Throws, before anything is written, when the rows or columns a table grows into hold a value
   * (a total or a note typed under the table, a table made on a sheet that has content).
   */
  private checkClaims(plan: TablePlan): void {
    const found = this.findTable(plan.spec.table);
    const ws = found?.ws ?? this.workbook.getWorksheet(plan.spec.sheet);
    if (!ws) return;
    const current = found ? decodeRef(found.table.model.tableRef) : null;
    const origin = current ?? { row: 1, col: 1 };
    // exceljs counts from 1, areas from 0.
    const next: Area = { row: origin.row - 1, col: origin.col - 1, rows: Math.max(plan.rows.length, 1) + 1, cols: plan.headers.length };
    const now = current && { row: current.row - 1, col: current.col - 1, rows: current.rows, cols: current.cols };
    for (const area of claimedAreas(now, next)) {
      for (let r = area.row; r < area.row + area.rows; r++) {
        const row = ws.findRow(r + 1);
        if (!row) continue;
        for (let c = area.col; c < area.col + area.cols; c++) {
          const value = row.findCell(c + 1)?.value;
          if (value !== null && value !== undefined && value !== "") throw occupiedError(plan.spec, ws.name, area, `${columnLetter(c)}${r + 1}`);
        }
      }
    }
  }

  private writeTable(plan: TablePlan): void {
    const { spec } = plan;
    const found = this.findTable(spec.table);
    const ws = found?.ws ?? this.workbook.getWorksheet(spec.sheet) ?? this.workbook.addWorksheet(spec.sheet);
    if (spec.hidden && !found) ws.state = "hidden";
    const existing = found?.table;
    const origin = existing ? decodeRef(existing.model.tableRef) : { row: 1, col: 1 };
    // A table needs a body row; an empty one gets a blank row, which the next read skips.
    const bodyRows = Math.max(plan.rows.length, 1);

    const kinds = new Map(spec.columns.map((c) => [c.header, c] as const));
    plan.headers.forEach((header, j) => {
      const column = kinds.get(header);
      ws.getCell(origin.row, origin.col + j).value = header;
      if (!column) return;
      const sheetColumn = ws.getColumn(origin.col + j);
      // Widths only for a new table or column: a width the user set stays.
      if (!existing || j >= existing.model.columns.length) sheetColumn.width = column.width;
      sheetColumn.numFmt = column.numberFormat;
    });
    const put = (i: number, j: number) => {
      const cell = ws.getCell(origin.row + 1 + i, origin.col + j);
      cell.value = toExcelJs(plan.rows[i]?.[j] ?? null);
      const column = kinds.get(plan.headers[j] as string);
      if (column) cell.numFmt = column.numberFormat;
    };
    for (let i = 0; i < plan.rows.length; i++) for (const j of i < plan.existingRows ? plan.machineColumns : plan.layoutColumns) put(i, j);

    const ref = encodeRef(origin.row, origin.col, bodyRows + 1, plan.headers.length);
    if (existing) {
      existing.model.tableRef = ref;
      existing.model.autoFilterRef = ref;
      const named = new Set(existing.model.columns.map((c) => c.name));
      for (const header of plan.headers) if (!named.has(header)) existing.model.columns.push({ name: header, filterButton: true });
    } else {
      ws.addTable({
        name: spec.table,
        ref: encodeRef(origin.row, origin.col, 1, 1).split(":")[0] as string,
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: plan.headers.map((name) => ({ name, filterButton: true })),
        rows: Array.from({ length: bodyRows }, (_, i) => plan.headers.map((_h, j) => toExcelJs(plan.rows[i]?.[j] ?? null))),
      });
    }
    ws.views = [{ state: "frozen", ySplit: origin.row }];
    this.addChoiceLists(ws, plan, origin);
  }

  /**
   * In-cell drop-downs for choice columns (Review: Pending / Accepted / Rejected), on the new
   * rows only, as the add-in does: earlier rows keep theirs from the file, and ranges that
   * overlapped them would give a cell two validations.
   */
  private addChoiceLists(ws: ExcelJS.Worksheet, plan: TablePlan, origin: { row: number; col: number }): void {
    const fresh = plan.rows.length - plan.existingRows;
    if (fresh <= 0) return;
    plan.spec.columns.forEach((column) => {
      if (!column.choices) return;
      const j = plan.headers.indexOf(column.header);
      const range = encodeRef(origin.row + 1 + plan.existingRows, origin.col + j, fresh, 1);
      (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [`"${column.choices.join(",")}"`],
      });
    });
  }

  private writeSpillSheet(plan: SpillSheetPlan): void {
    // The sheet is the formula's alone: an old one (with the Gaps table an earlier version made,
    // or anything typed there) is replaced by a new one in its place; a new one goes in layout order.
    const old = this.workbook.getWorksheet(plan.sheet);
    const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
    const place = old ? order(old).orderNo : undefined;
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(plan.sheet);
    if (place !== undefined) order(ws).orderNo = place;
    else {
      // Right after the last sheet that comes before it in the layout's order.
      const before = SHEET_ORDER.slice(0, Math.max(0, SHEET_ORDER.indexOf(plan.sheet)));
      const previous = this.workbook.worksheets.filter((w) => before.includes(w.name) && w !== ws).map((w) => order(w).orderNo);
      if (previous.length > 0) {
        const at = Math.max(...previous) + 0.5;
        order(ws).orderNo = at;
      }
    }
    if (plan.hidden) ws.state = "hidden";
    plan.intro.forEach((line, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = line;
      if (i === 0) cell.font = { bold: true, size: plan.intro.length > 1 ? 14 : 11 };
    });
    if (plan.cells) {
      this.writeCells(ws, plan, plan.cells);
      return;
    }
    const top = plan.row + 1;
    const rows = plan.values.length;
    const cols = Math.max(...plan.values.map((r) => r.length), 1);
    const ref = encodeRef(top, 1, rows, cols);
    plan.values.forEach((line, i) =>
      line.forEach((value, j) => {
        const cell = ws.getCell(top + i, 1 + j);
        if (i === 0 && j === 0) cell.value = { formula: plan.formula, result: value, shareType: "array", ref } as unknown as Value;
        else cell.value = value === "" ? null : value;
        if (i === 0) cell.font = { bold: true };
      }),
    );
    this.spills.set(plan.sheet, [`${columnLetter(0)}${top}`]);
    plan.widths.forEach((width, j) => (ws.getColumn(j + 1).width = width));
    if (plan.legend) plan.legend.cells.forEach((text, j) => (ws.getCell((plan.legend?.row ?? 0) + 1, j + 1).value = text));
    if (plan.freeze) ws.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
    if (plan.highlights) {
      const { ranges, styles } = plan.highlights;
      ws.addConditionalFormatting({
        ref: ranges.map((r) => encodeRef(r.row + 1, r.col + 1, r.rows, r.cols)).join(" "),
        rules: styles.map((style, i) => ({
          type: "expression",
          formulae: [beginsWithFormula(ranges, style.text)],
          priority: i + 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${style.fill}` } }, font: { color: { argb: `FF${style.font}` } } },
        })),
      });
    }
  }

  /** A block of cells from the plan's row (its first row bold), the widths, and the chart over it (added to the package by toBuffer). */
  private writeCells(ws: ExcelJS.Worksheet, plan: SpillSheetPlan, cells: readonly (readonly Cell[])[]): void {
    cells.forEach((line, i) =>
      line.forEach((value, j) => {
        const cell = ws.getCell(plan.row + 1 + i, j + 1);
        cell.value = toExcelJs(value);
        if (i === 0) cell.font = { bold: true };
      }),
    );
    plan.widths.forEach((width, j) => (ws.getColumn(j + 1).width = width));
    if (plan.chart) this.charts.set(plan.sheet, { chart: plan.chart, cells });
  }

  /** The workbook as .xlsx bytes; formulas are recalculated when Excel opens it. */
  async toBuffer(): Promise<Uint8Array> {
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    // Every string cell of every sheet (the user's too) is escaped for the file only, then given
    // back as it was; a formula (which has no escapes) gets U+FFFD for what XML cannot carry.
    const escaped: [ExcelJS.Cell, Value][] = [];
    this.workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value;
          const safe = typeof value === "string" ? escapeOoxml(value) : xmlSafeFormula(value);
          if (safe === value) return;
          escaped.push([cell, value]);
          cell.value = safe;
        }),
      ),
    );
    try {
      const bytes = new Uint8Array(await this.workbook.xlsx.writeBuffer());
      const marked = this.spills.size > 0 ? await markDynamicArrays(bytes, this.sheetFiles()) : bytes;
      const charts = [...this.charts].flatMap(([name, { chart, cells }]) => {
        const ws = this.workbook.getWorksheet(name);
        return ws ? [{ part: `xl/worksheets/sheet${ws.id}.xml`, sheet: name, chart, cells }] : [];
      });
      return await addCharts(marked, charts);
    } finally {
      for (const [cell, value] of escaped) cell.value = value;
    }
  }
}
