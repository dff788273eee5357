/**
 * The same workbook as an .xlsx download, for browsers outside Excel (exceljs loads on first
 * use), with the checklist chosen in the pane as its Checklist table and the status tables
 * imported in the pane as its Reference table.
 */
import type { Checklist, DocumentExtraction, ImportResult } from "../../core";
import type { MergeSummary } from "../../workbook/merge";
import type { ReviewDecision } from "../../workbook/rows";
import { addChecklist, writeReference, writeWorkbook, type WorkbookSummary, type WriteProgress } from "../../workbook/store";
import { addSummaries } from "../state/reference";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function workbookBlob(
  results: readonly DocumentExtraction[],
  decisions: ReadonlyMap<string, ReviewDecision>,
  onProgress?: (p: WriteProgress) => void,
  checklist?: Checklist | null,
  references: readonly ImportResult[] = [],
): Promise<{ blob: Blob; summary: WorkbookSummary }> {
  const { XlsxStore } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsxStore");
  const store = XlsxStore.empty();
  const summary = await writeWorkbook(store, results, onProgress, decisions);
  // The checklist's table, then the Gaps sheet rebuilt so that each CT.GAPS formula reads it.
  if (checklist) summary.Checklist = await addChecklist(store, checklist);
  // Each imported table into the Reference table; the Status and Flags formulas and the Gaps sheet then read it.
  if (references.length > 0) {
    const written: MergeSummary[] = [];
    for (const result of references) written.push(await writeReference(store, result));
    summary.Reference = addSummaries(written);
  }
  const bytes = await store.toBuffer();
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), summary };
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
