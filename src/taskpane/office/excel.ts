/**
 * The pane's Office.js work, in plain async functions so they are tested with office-addin-mock:
 * writing the reviewed run into the open workbook, adding a checklist or an imported status table
 * to it, and telling which commitment a selected row is.
 */
import type { Checklist, DocumentExtraction, ImportResult } from "../../core";
import { COMMITMENTS } from "../../workbook/layout";
import type { MergeSummary } from "../../workbook/merge";
import { OfficeStore } from "../../workbook/officeStore";
import type { ReviewDecision } from "../../workbook/rows";
import { addChecklist, writeReference, writeWorkbook, type WorkbookSummary, type WriteProgress } from "../../workbook/store";

export async function writeToExcel(
  results: readonly DocumentExtraction[],
  decisions: ReadonlyMap<string, ReviewDecision>,
  onProgress?: (p: WriteProgress) => void,
): Promise<WorkbookSummary> {
  return Excel.run((context) => writeWorkbook(new OfficeStore(context), results, onProgress, decisions));
}

/** Adds a checklist to the open workbook's Checklist table (made if missing) and rebuilds its Gaps sheet. */
export async function addChecklistToExcel(checklist: Checklist): Promise<MergeSummary> {
  return Excel.run((context) => addChecklist(new OfficeStore(context), checklist));
}

/**
 * Writes an imported status table into the open workbook's Reference table (made if missing; an
 * earlier import of the same instrument is replaced), and points the Commitments table's Status
 * and Flags formulas and the Gaps sheet at it.
 */
export async function writeReferenceToExcel(result: ImportResult): Promise<MergeSummary> {
  return Excel.run((context) => writeReference(new OfficeStore(context), result));
}

/** The row of the Commitments table the active cell is in. */
export interface SelectedCommitment {
  id: string;
  evidence: string;
}

/** The ID and Evidence of a table row, found by header (the user may have moved columns). */
export function commitmentFromRow(headers: readonly unknown[], row: readonly unknown[]): SelectedCommitment | null {
  const at = (name: string) => headers.findIndex((h) => String(h).trim() === name);
  const id = String(row[at(COMMITMENTS.key)] ?? "").trim();
  if (!id || at(COMMITMENTS.key) < 0) return null;
  const evidenceAt = at("Evidence");
  return { id, evidence: evidenceAt >= 0 ? String(row[evidenceAt] ?? "") : "" };
}

/** Which commitment the active cell is on (null when it is outside the Commitments table's body). */
export async function selectedCommitment(context: Excel.RequestContext): Promise<SelectedCommitment | null> {
  const table = context.workbook.tables.getItemOrNullObject(COMMITMENTS.table);
  table.load("isNullObject");
  await context.sync();
  if (table.isNullObject) return null;
  const header = table.getHeaderRowRange().load("values");
  const row = context.workbook.getActiveCell().getEntireRow().getIntersectionOrNullObject(table.getDataBodyRange()).load(["isNullObject", "values"]);
  await context.sync();
  if (row.isNullObject) return null;
  return commitmentFromRow(header.values[0] ?? [], row.values[0] ?? []);
}

/**
 * Calls `onSelect` with the commitment under the cursor whenever the selection changes; returns
 * a function that stops listening.
 */
export async function watchCommitmentSelection(
  onSelect: (selected: SelectedCommitment | null) => void,
  onError: (error: Error) => void,
): Promise<() => Promise<void>> {
  const handler = await Excel.run(async (context) => {
    const added = context.workbook.onSelectionChanged.add(async () => {
      try {
        onSelect(await Excel.run(selectedCommitment));
      } catch (error) {
        onError(error as Error);
      }
    });
    await context.sync();
    return added;
  });
  return () =>
    Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
}
