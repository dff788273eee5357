/** Reading a status table's .xlsx in the browser: exceljs loads on the first such file (as for the download). */
import type { TableGrid } from "../state/reference";

export async function readXlsxGrid(bytes: ArrayBuffer): Promise<TableGrid> {
  const { xlsxGrid } = await import(/* webpackChunkName: "xlsx" */ "./xlsxGrid");
  return xlsxGrid(bytes);
}
