/**
 * The one small interface every workbook writer implements, and the run that drives it:
 * read the tables, merge the run into them (pure, in merge.ts), write back what changed.
 * The Office.js writer and the exceljs writer differ only in how they read and write cells.
 */
import type { DocumentExtraction } from "../core";
import { LAYOUT, SOURCE_TEXT, type TableSpec } from "./layout";
import { planTable, type MergeSummary, type TablePlan, type TableSnapshot } from "./merge";
import { machineRows, type MachineRows, type ReviewDecision } from "./rows";

export interface WriteProgress {
  /** Rows written so far, over all tables. */
  done: number;
  total: number;
}

export interface TableStore {
  /** Reads each table (null where the workbook has none yet), all in one round trip where the host batches. */
  read(specs: readonly TableSpec[]): Promise<(TableSnapshot | null)[]>;
  /**
   * Applies the plans: creates missing sheets and tables, rewrites the machine's columns of
   * existing rows, writes new rows whole, and never touches any other cell.
   */
  write(plans: readonly TablePlan[], onProgress?: (progress: WriteProgress) => void): Promise<void>;
}

export type WorkbookSummary = Record<string, MergeSummary>;

/** The error this layer throws: the message says what to do next. */
export class WorkbookError extends Error {
  override name = "WorkbookError";
}

/**
 * Merges one run of the extractor into the workbook behind `store`; returns what changed per table.
 * `decisions` (by commitment id) are the reviewer's, made before writing: see merge.ts for how
 * they meet the decisions already in the workbook.
 */
export async function writeWorkbook(
  store: TableStore,
  results: readonly DocumentExtraction[],
  onProgress?: (progress: WriteProgress) => void,
  decisions?: ReadonlyMap<string, ReviewDecision>,
): Promise<WorkbookSummary> {
  const rows: MachineRows = machineRows(results, decisions);
  const snapshots = await store.read(LAYOUT);
  const plans = LAYOUT.map((spec, i) =>
    planTable(spec, snapshots[i] ?? null, rows[spec.table as keyof MachineRows], spec === SOURCE_TEXT ? { clearStaleBy: "Document" } : {}),
  );
  await store.write(plans, onProgress);
  return Object.fromEntries(plans.map((p) => [p.spec.table, p.summary]));
}

/** Human summary of a run, e.g. for the CLI and the pane: "Commitments: 3 added, 1 updated, 40 kept". */
export function describeSummary(summary: WorkbookSummary, table = "Commitments"): string {
  const s = summary[table];
  if (!s) return `${table}: nothing written`;
  const parts = [`${s.added} added`, `${s.updated} updated`, `${s.unchanged} unchanged`, `${s.kept} kept as they were`];
  return `${table}: ${parts.join(", ")}`;
}
