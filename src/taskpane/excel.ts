/** Writing to the open workbook: the Office.js writer inside one Excel.run. */
import type { DocumentExtraction } from "../core";
import { OfficeStore } from "../workbook/officeStore";
import { writeWorkbook, type WorkbookSummary, type WriteProgress } from "../workbook/store";

export async function writeToExcel(results: readonly DocumentExtraction[], onProgress?: (p: WriteProgress) => void): Promise<WorkbookSummary> {
  return Excel.run((context) => writeWorkbook(new OfficeStore(context), results, onProgress));
}
