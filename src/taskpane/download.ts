/** The same workbook as an .xlsx download, for browsers outside Excel (exceljs loads on first use). */
import type { DocumentExtraction } from "../core";
import { writeWorkbook, type WorkbookSummary } from "../workbook/store";

export async function workbookBlob(results: readonly DocumentExtraction[]): Promise<{ blob: Blob; summary: WorkbookSummary }> {
  const { XlsxStore } = await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsxStore");
  const store = XlsxStore.empty();
  const summary = await writeWorkbook(store, results);
  const bytes = await store.toBuffer();
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  return { blob, summary };
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
