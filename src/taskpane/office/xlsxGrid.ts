/**
 * An .xlsx status table's first sheet as a grid of cell values, read with exceljs (its browser
 * build in the pane) and the core's cell reader (xlsxGrid, the command line's too): rich text and
 * hyperlinks as their text, formulas by their saved value, dates as ISO dates, errors and formulas
 * without a value named. Loaded on first use through readXlsxGrid, in the same chunk as the download.
 */
import ExcelJS from "exceljs";
import { xlsxGrid as sheetGrid } from "../../core";
import type { TableGrid } from "../state/reference";

export async function xlsxGrid(bytes: ArrayBuffer): Promise<TableGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return sheetGrid(workbook.worksheets[0]);
}
