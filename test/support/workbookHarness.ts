/**
 * One small harness per workbook writer, so a single contract suite runs against both:
 * create an empty workbook, write a run, act as the user, read tables back as header → cell rows.
 * The .xlsx harness goes through bytes between every step (`toBuffer()` / `XlsxStore.load()`,
 * and exceljs for the user's edits), as a user's file would; the Office harness uses the fake.
 */
import ExcelJS from "exceljs";
import type { DocumentExtraction } from "../../src/core";
import { OfficeStore } from "../../src/workbook/officeStore";
import { writeWorkbook, type WorkbookSummary } from "../../src/workbook/store";
import { XlsxStore } from "../../src/workbook/xlsxStore";
import { FakeBook, fail } from "./fakeExcel";
import * as grid from "./fakeGrid";
import type { CellView, RowView } from "./fakeGrid";

export type { CellView, RowView };

export interface Harness {
  run(results: readonly DocumentExtraction[]): Promise<WorkbookSummary>;
  headers(table: string): Promise<string[]>;
  /** Body rows, without blank rows at the end. */
  rows(table: string): Promise<RowView[]>;
  /** The user types `value` into body row `index` (0-based), column `header`. */
  edit(table: string, index: number, header: string, value: string): Promise<void>;
  /** The user types a row under the table; the table grows to take it. */
  appendRow(table: string, values: Record<string, string>): Promise<void>;
  /** The user types a header right of the table and values under it, from the top. */
  addColumn(table: string, header: string, values: readonly string[]): Promise<void>;
}

export interface Writer {
  name: string;
  create(): Harness;
}

export const officeWriter: Writer = {
  name: "OfficeStore (fake Excel)",
  create(): Harness {
    const book = new FakeBook();
    return {
      run: (results) => writeWorkbook(new OfficeStore(book.context), results),
      headers: async (table) => grid.headers(book, table),
      rows: async (table) => grid.rows(book, table),
      edit: async (table, index, header, value) => grid.edit(book, table, index, header, value),
      appendRow: async (table, values) => grid.appendRow(book, table, values),
      addColumn: async (table, header, values) => grid.addColumn(book, table, header, values),
    };
  },
};

interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string; filterButton?: boolean }[];
}
interface Extent {
  ws: ExcelJS.Worksheet;
  model: TableModel;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const letters = (n: number): string => (n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

function extent(wb: ExcelJS.Workbook, name: string): Extent {
  for (const ws of wb.worksheets) {
    const table = ws.getTable(name) as unknown as { model: TableModel } | undefined;
    if (!table) continue;
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(table.model.tableRef) ?? fail(`table ${name}: ref ${table.model.tableRef}`);
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [c1, c2] = [col(m[1] as string), col(m[3] as string)];
    return { ws, model: table.model, row: Number(m[2]), col: c1, rows: Number(m[4]) - Number(m[2]) + 1, cols: c2 - c1 + 1 };
  }
  return fail(`no table ${name}`);
}

function setExtent(e: Extent, rows: number, cols: number): void {
  e.model.tableRef = `${letters(e.col)}${e.row}:${letters(e.col + cols - 1)}${e.row + rows - 1}`;
  e.model.autoFilterRef = e.model.tableRef;
}

/** An exceljs cell as the contract compares it. */
export function xlsxView(value: ExcelJS.CellValue): CellView {
  if (value === null || value === undefined) return { text: "", formula: null };
  if (typeof value === "object" && "formula" in value) return { text: value.result === undefined ? "" : String(value.result), formula: value.formula ?? null };
  if (typeof value === "object" && "richText" in value) return { text: value.richText.map((r) => r.text).join(""), formula: null };
  if (typeof value === "object" && "sharedFormula" in value) return { text: String(value.result ?? ""), formula: `shared:${value.sharedFormula}` };
  return { text: String(value), formula: null };
}

function readRows(wb: ExcelJS.Workbook, name: string): { headers: string[]; rows: RowView[] } {
  const e = extent(wb, name);
  const line = (r: number) => Array.from({ length: e.cols }, (_, j) => xlsxView(e.ws.getCell(r, e.col + j).value));
  const headers = line(e.row).map((c) => c.text);
  const body = Array.from({ length: e.rows - 1 }, (_, i) => line(e.row + 1 + i));
  while (body.length > 0 && (body[body.length - 1] as CellView[]).every((c) => c.text === "" && c.formula === null)) body.pop();
  return { headers, rows: body.map((cells) => Object.fromEntries(headers.map((h, j) => [h, cells[j] as CellView]))) };
}

export const xlsxWriter: Writer = {
  name: "XlsxStore (.xlsx round trip)",
  create(): Harness {
    let bytes: Uint8Array | null = null;
    const open = async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((bytes ?? fail("no workbook yet")) as unknown as ArrayBuffer);
      return wb;
    };
    /**
     * Opens the file, lets the user act on it, saves it. Saved through XlsxStore.toBuffer, which
     * escapes CR and control characters as Excel does when it saves (exceljs alone would not).
     */
    const asUser = async (act: (wb: ExcelJS.Workbook) => void) => {
      const wb = await open();
      act(wb);
      bytes = await new XlsxStore(wb).toBuffer();
    };
    return {
      async run(results) {
        const store = bytes ? await XlsxStore.load(bytes) : XlsxStore.empty();
        const summary = await writeWorkbook(store, results);
        bytes = await store.toBuffer();
        return summary;
      },
      headers: async (table) => readRows(await open(), table).headers,
      rows: async (table) => readRows(await open(), table).rows,
      edit: (table, index, header, value) =>
        asUser((wb) => {
          const e = extent(wb, table);
          const j = readRows(wb, table).headers.indexOf(header);
          if (j < 0 || index >= e.rows - 1) fail(`${table}: no cell ${header} in body row ${index}`);
          e.ws.getCell(e.row + 1 + index, e.col + j).value = value;
        }),
      appendRow: (table, values) =>
        asUser((wb) => {
          const e = extent(wb, table);
          const { headers } = readRows(wb, table);
          const r = e.row + e.rows;
          headers.forEach((h, j) => {
            const cell = e.ws.getCell(r, e.col + j);
            cell.numFmt = e.ws.getCell(r - 1, e.col + j).numFmt;
            if (values[h] !== undefined) cell.value = values[h] as string;
          });
          setExtent(e, e.rows + 1, e.cols);
        }),
      addColumn: (table, header, values) =>
        asUser((wb) => {
          const e = extent(wb, table);
          const c = e.col + e.cols;
          e.ws.getCell(e.row, c).value = header;
          values.forEach((v, i) => (e.ws.getCell(e.row + 1 + i, c).value = v));
          e.model.columns.push({ name: header, filterButton: true });
          setExtent(e, e.rows, e.cols + 1);
        }),
    };
  },
};

export const WRITERS: readonly Writer[] = [xlsxWriter, officeWriter];
