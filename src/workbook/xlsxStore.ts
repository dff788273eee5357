/**
 * The exceljs writer: the same tables in an .xlsx file, for the CLI and the browser's download.
 * Cells outside the plan's columns are never assigned, so whatever the user typed, formatted or
 * linked there survives a re-run byte for byte (as far as exceljs reads it).
 */
import ExcelJS from "exceljs";
import { isFormula, MAX_CELL_TEXT, type Cell } from "./cells";
import { LAYOUT, type TableSpec } from "./layout";
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

/** A cell for exceljs. Strings are always string cells: exceljs never reads "=…" as a formula. */
export function toExcelJs(cell: Cell): Value {
  if (isFormula(cell)) return cell.result === undefined ? { formula: cell.formula, date1904: false } : { formula: cell.formula, result: cell.result, date1904: false };
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
  const letters = (n: number): string => (n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
  return `${letters(col)}${row}:${letters(col + cols - 1)}${row + rows - 1}`;
}

export class XlsxStore implements TableStore {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** A store over an empty workbook with the layout's sheets in order. */
  static empty(): XlsxStore {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Commitments Tracker";
    for (const spec of LAYOUT) workbook.addWorksheet(spec.sheet);
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

  private readTable(spec: TableSpec): TableSnapshot | null {
    const ws = this.workbook.getWorksheet(spec.sheet);
    const table = ws?.getTable(spec.table) as unknown as { model: { tableRef: string } } | undefined;
    if (!ws || !table) return null;
    const { row, col, rows, cols } = decodeRef(table.model.tableRef);
    const line = (r: number) => Array.from({ length: cols }, (_, j) => fromExcelJs(ws.getCell(r, col + j).value));
    const headers = line(row).map((h) => (h === null ? "" : String(h)));
    const body: Cell[][] = [];
    for (let r = row + 1; r < row + rows; r++) body.push(line(r));
    return { headers, rows: trimBlankTail(body) };
  }

  async write(plans: readonly TablePlan[], onProgress?: (progress: WriteProgress) => void): Promise<void> {
    const total = plans.reduce((n, p) => n + p.rows.length, 0);
    let done = 0;
    for (const plan of plans) {
      this.writeTable(plan);
      done += plan.rows.length;
      onProgress?.({ done, total });
    }
  }

  private writeTable(plan: TablePlan): void {
    const { spec } = plan;
    const ws = this.workbook.getWorksheet(spec.sheet) ?? this.workbook.addWorksheet(spec.sheet);
    if (spec.hidden) ws.state = "hidden";
    const existing = ws.getTable(spec.table) as unknown as { model: ExcelJS.TableProperties & { tableRef: string; autoFilterRef: string } } | undefined;
    const origin = existing ? decodeRef(existing.model.tableRef) : { row: 1, col: 1 };
    // A table needs a body row; an empty one gets a blank row, which the next read skips.
    const bodyRows = Math.max(plan.rows.length, 1);

    const kinds = new Map(spec.columns.map((c) => [c.header, c] as const));
    plan.headers.forEach((header, j) => {
      const column = kinds.get(header);
      ws.getCell(origin.row, origin.col + j).value = header;
      if (!column) return;
      const sheetColumn = ws.getColumn(origin.col + j);
      sheetColumn.width = column.width;
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
    this.addChoiceLists(ws, plan, origin, bodyRows);
  }

  /** In-cell drop-downs for choice columns (Review: Pending / Accepted / Rejected). */
  private addChoiceLists(ws: ExcelJS.Worksheet, plan: TablePlan, origin: { row: number; col: number }, bodyRows: number): void {
    plan.spec.columns.forEach((column) => {
      if (!column.choices) return;
      const j = plan.headers.indexOf(column.header);
      const range = encodeRef(origin.row + 1, origin.col + j, bodyRows, 1);
      (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [`"${column.choices.join(",")}"`],
      });
    });
  }

  /** The workbook as .xlsx bytes; formulas are recalculated when Excel opens it. */
  async toBuffer(): Promise<Uint8Array> {
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }
}
