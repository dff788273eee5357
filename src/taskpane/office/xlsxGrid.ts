/**
 * An .xlsx status table's first sheet as a grid of cell values, read with exceljs (its browser
 * build in the pane). Loaded on first use through readXlsxGrid, in the same chunk as the download.
 */
import ExcelJS from "exceljs";
import type { TableGrid } from "../state/reference";

/** A cell's value as the import reads it: a formula's result, rich text joined, dates as dates. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("result" in value) return (value as ExcelJS.CellFormulaValue).result ?? null;
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("hyperlink" in value) return String(value.text);
  if ("error" in value) return null;
  return null;
}

export async function xlsxGrid(bytes: ArrayBuffer): Promise<TableGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  const grid: TableGrid = [];
  sheet?.eachRow({ includeEmpty: true }, (row, r) => {
    grid[r - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
  });
  // Rows exceljs skipped (never written) are blank rows: they keep the line numbers as in Excel.
  return Array.from(grid, (row) => row ?? []);
}
