/**
 * The Reference table as a formula receives it (Reference[#All]): read by header, cached per
 * distinct range like the evidence, and reconciled with an evidence index once per pair.
 */
import { PartialDateSchema } from "../model";
import type { EvidenceIndex } from "../status/evidenceIndex";
import type { Gap } from "../status/gaps";
import { RangeCache, serialToDate, type RowProblem } from "../status/table";
import { reconcile, ReferenceIndex } from "./reconcile";
import { RECORDED_ACTS, type RecordedAct, type ReferenceRecord } from "./record";

export class ReferenceTableError extends Error {
  override name = "ReferenceTableError";
}

export interface ReferenceTable {
  records: ReferenceRecord[];
  problems: RowProblem[];
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}

/** A date cell: an Excel serial, or YYYY(-MM(-DD)) text; null otherwise. */
function dayOf(raw: unknown, written: string): string | null {
  return typeof raw === "number" ? serialToDate(raw) : PartialDateSchema.safeParse(written).success ? written : null;
}

/** Reads a Reference range (header row first: Actor, Instrument ID, Instrument, Recorded as, Date, In force from, Source). */
export function readReferenceTable(grid: unknown): ReferenceTable {
  if (!Array.isArray(grid) || grid.length === 0 || !grid.every(Array.isArray))
    throw new ReferenceTableError("reference must be the Reference table with its header row: Reference[#All]");
  const rows = grid as unknown[][];
  const header = (rows[0] as unknown[]).map((h) => text(h).toLowerCase());
  const at = (name: string) => header.indexOf(name);
  const [actor, id, name, act, date, source, effect] = ["actor", "instrument id", "instrument", "recorded as", "date", "source", "in force from"].map(
    at,
  ) as number[];
  if ((actor as number) < 0 || (act as number) < 0 || (date as number) < 0 || ((id as number) < 0 && (name as number) < 0)) {
    throw new ReferenceTableError(
      'reference has no "Actor", "Instrument ID", "Recorded as" and "Date" columns in its first row; pass the Reference table with its header: Reference[#All]',
    );
  }
  const records: ReferenceRecord[] = [];
  const problems: RowProblem[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    const get = (i: number | undefined) => (i === undefined || i < 0 ? "" : text(row[i]));
    if ([actor, id, name, act, date].every((i) => get(i) === "")) continue;
    const kind = get(act).toLowerCase() as RecordedAct;
    const day = dayOf(row[date as number], get(date));
    if (!RECORDED_ACTS.includes(kind) || !day || get(actor) === "") {
      problems.push({
        row: r + 1,
        reason: !RECORDED_ACTS.includes(kind)
          ? `"${get(act)}" is not one of ${RECORDED_ACTS.join(", ")}`
          : get(actor) === ""
            ? "no actor"
            : `date "${get(date)}" is not YYYY-MM-DD`,
      });
      continue;
    }
    const effective = dayOf(row[effect as number], get(effect));
    records.push({
      actor: get(actor),
      instrumentId: get(id).toLowerCase() || null,
      instrument: get(name) || get(id),
      act: kind,
      date: day,
      ...(effective ? { effective } : {}),
      source: get(source) || "Reference",
    });
  }
  return { records, problems };
}

const cache = new RangeCache(readReferenceTable);

export function referenceTable(grid: unknown): ReferenceTable {
  return cache.get(grid);
}

/** Each evidence index's reconciliation with each reference it met: one pass per pair. */
const reconciled = new WeakMap<EvidenceIndex, WeakMap<ReferenceTable, { index: ReferenceIndex; gaps: Gap[] }>>();

export function reconciliation(evidence: EvidenceIndex, reference: ReferenceTable): { index: ReferenceIndex; gaps: Gap[] } {
  let byReference = reconciled.get(evidence);
  if (!byReference) reconciled.set(evidence, (byReference = new WeakMap()));
  let hit = byReference.get(reference);
  if (!hit) {
    const index = new ReferenceIndex(reference.records, evidence);
    hit = { index, gaps: reconcile(evidence, index) };
    byReference.set(reference, hit);
  }
  return hit;
}
