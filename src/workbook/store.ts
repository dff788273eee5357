/**
 * The one small interface every workbook writer implements, and the run that drives it:
 * read the tables, merge the run into them (pure, in merge.ts), write back what changed.
 * The Office.js writer and the exceljs writer differ only in how they read and write cells.
 */
import { actionOfAct, catalogById, type Checklist, type DocumentExtraction, type ImportResult } from "../core";
import { formulasAndGaps, planGapsSheet, type FormulaTarget, type SpillSheetPlan } from "./formulas";
import { CHECKLIST, COMMITMENTS, LAYOUT, REFERENCE, type TableSpec } from "./layout";
import { planTable, type MergeSummary, type TablePlan, type TableSnapshot } from "./merge";
import { machineRows, type MachineRows, type ReviewDecision, type RowValues } from "./rows";

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
   * existing rows, writes new rows whole, and never touches any other cell. Then rebuilds each
   * of `sheets` (outside any table: the Checks and Gaps sheets) from scratch: intro lines, then
   * one spilled CT formula.
   */
  write(plans: readonly TablePlan[], onProgress?: (progress: WriteProgress) => void, sheets?: readonly SpillSheetPlan[]): Promise<void>;
  /** How this store's formulas are written: typed into Excel, or stored in a file. */
  readonly formulaTarget: FormulaTarget;
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
  const snapshots = await store.read([...LAYOUT, CHECKLIST, REFERENCE]);
  // Nothing is cleared: paragraphs are keyed by content, so a document read again has the same
  // keys, and the paragraphs of an earlier version (or of another document of the same name) stay
  // for the rows that link to them.
  const plans = LAYOUT.map((spec, i) => planTable(spec, snapshots[i] ?? null, rows[spec.table as keyof MachineRows]));
  const commitments = plans[LAYOUT.indexOf(COMMITMENTS)] as TablePlan;
  const tables = { checklist: snapshots[LAYOUT.length] ?? null, reference: snapshots[LAYOUT.length + 1] ?? null };
  await store.write(plans, onProgress, formulasAndGaps(commitments, store.formulaTarget, tables));
  return Object.fromEntries(plans.map((p) => [p.spec.table, p.summary]));
}

/** The Checklist table's rows for a checklist: one per instrument (and actor, where the item names one). */
export function checklistRows(checklist: Checklist): RowValues[] {
  return checklist.items.map((item) => {
    const entry = catalogById(item.instrument);
    const id = entry?.id ?? "";
    return {
      Item: `${checklist.name}:${id || item.instrument}${item.actor ? `:${item.actor}` : ""}`,
      Checklist: checklist.title,
      Instrument: entry?.name ?? item.instrument,
      "Instrument ID": id,
      Actor: item.actor ?? "",
      Notes: "",
    };
  });
}

/**
 * Adds a checklist to the workbook's Checklist table (made if missing; rows already there, the
 * user's own included, stay), then rebuilds the Gaps sheet so its formulas read the checklist.
 */
export async function addChecklist(store: TableStore, checklist: Checklist): Promise<MergeSummary> {
  const [commitments, existing, reference] = await store.read([COMMITMENTS, CHECKLIST, REFERENCE]);
  const plan = planTable(CHECKLIST, existing ?? null, checklistRows(checklist));
  const table = planTable(COMMITMENTS, commitments ?? null, []);
  await store.write([plan], undefined, [
    planGapsSheet(table, store.formulaTarget, { checklist: { headers: plan.headers, rows: plan.rows }, reference: reference ?? null }),
  ]);
  return plan.summary;
}

/** Human summary of a run, e.g. for the CLI and the pane: "Commitments: 3 added, 1 updated, 40 kept". */
export function describeSummary(summary: WorkbookSummary, table = "Commitments"): string {
  const s = summary[table];
  if (!s) return `${table}: nothing written`;
  const parts = [`${s.added} added`, `${s.updated} updated`, `${s.unchanged} unchanged`, `${s.kept} kept as they were`];
  return `${table}: ${parts.join(", ")}`;
}

/** The Reference table's rows for an imported status table. */
export function referenceRows(result: ImportResult, importedAt: string): RowValues[] {
  return result.records.map((r) => ({
    Key: `${r.instrumentId ?? r.instrument}|${r.actor}|${r.act}|${r.date}`,
    Actor: r.actor,
    "Instrument ID": r.instrumentId ?? "",
    Instrument: r.instrument,
    Action: actionOfAct(r.act),
    "Recorded as": r.act,
    Date: r.date,
    "In force from": r.effective ?? "",
    Source: r.source,
    "Imported at": importedAt,
    "Table note": r.note ?? "",
    Notes: "",
  }));
}

/**
 * Writes an imported status table to the Reference table (made if missing). The instrument's
 * rows from an earlier import that this one no longer has are cleared; other instruments' rows,
 * and the user's Notes, stay. An instrument is its catalog id, or its name when it has none, so
 * that two tables of instruments outside the catalog never clear each other.
 */
export async function writeReference(
  store: TableStore,
  result: ImportResult,
  importedAt = new Date().toISOString().slice(0, 19).replace("T", " "),
): Promise<MergeSummary> {
  const [existing, commitments, checklist] = await store.read([REFERENCE, COMMITMENTS, CHECKLIST]);
  const plan = planTable(REFERENCE, existing ?? null, referenceRows(result, importedAt), { clearStaleBy: ["Instrument ID", "Instrument"] });
  if (!commitments) {
    await store.write([plan]);
    return plan.summary;
  }
  // The Commitments formulas and the Gaps sheet read the record from now on.
  const table = planTable(COMMITMENTS, commitments, []);
  const tables = { checklist: checklist ?? null, reference: { headers: plan.headers, rows: plan.rows } };
  await store.write([plan, table], undefined, formulasAndGaps(table, store.formulaTarget, tables));
  return plan.summary;
}
