/**
 * The gaps the tracker flags (SPEC.md, "Gaps the tracker flags"), computed from an evidence
 * index. One gap per actor, instrument and code (per record for the record-level codes), each
 * naming the records it rests on so every flag can be traced to its sentences.
 */
import { catalogById } from "../lexicon/catalog";
import type { Evidence } from "./evidence";
import type { EvidenceIndex, InstrumentRef } from "./evidenceIndex";
import type { Checklist } from "./checklists";
import { conflictsOf, counts, levelOf } from "./status";

export const GAP_CODES = [
  "ADVOCATES_NOT_BOUND",
  "SIGNED_NOT_RATIFIED",
  "SUPPORT_ONLY",
  "UNDATED_BINDING_ACT",
  "CONFLICTING_EVIDENCE",
  "NOT_AFFIRMED",
  "CHECKLIST_MISSING",
  "UNVERIFIED_SOURCE",
  "LOW_CONFIDENCE",
  // Said against done (src/core/reference): statements against the depositary's record.
  "SAID_NOT_DONE",
  "DATE_MISMATCH",
  "DONE_NOT_SAID",
] as const;
export type GapCode = (typeof GAP_CODES)[number];

export interface Gap {
  code: GapCode;
  actor: string;
  /** The catalog's name where the instrument is catalogued, else as written. */
  instrument: string;
  instrumentId: string | null;
  commitmentIds: string[];
  detail: string;
}

/** Below this, an unreviewed record is flagged LOW_CONFIDENCE (the pane's threshold too). */
export const LOW_CONFIDENCE_BELOW = 0.8;

export interface GapOptions {
  checklist?: Checklist | null;
  lowConfidenceBelow?: number;
  /** Whether a record's quote is still verbatim in its source: false flags it; null means "cannot tell". */
  verify?: (record: Evidence) => boolean | null;
}

/** Instruments one can be bound by: treaties and protocols that exist (a draft has no adoption year). */
function bindable(instrument: InstrumentRef, records: readonly Evidence[]): boolean {
  const entry = instrument.id ? catalogById(instrument.id) : undefined;
  if (entry) return (entry.type === "treaty" || entry.type === "protocol") && entry.adopted !== null;
  return records.some((r) => r.instrumentType === "treaty" || r.instrumentType === "protocol");
}

function ids(records: readonly Evidence[]): string[] {
  return [...new Set(records.map((r) => r.id))];
}

function dated(r: Evidence): string {
  return r.date ? `${r.action} ${r.date}` : r.action;
}

/** The gaps of one actor's records under one instrument. */
function pairGaps(actor: string, instrument: InstrumentRef, records: readonly Evidence[], options: GapOptions): Gap[] {
  const out: Gap[] = [];
  const gap = (code: GapCode, on: readonly Evidence[], detail: string) =>
    out.push({ code, actor, instrument: instrument.name, instrumentId: instrument.id, commitmentIds: ids(on), detail });
  const live = records.filter(counts);
  const at = (level: string) => live.filter((r) => levelOf(r.action) === level);
  const bound = at("Bound");
  const signed = at("Signed");
  const political = at("Politically committed");
  const advocated = at("Advocated");
  const canBind = bindable(instrument, records);

  if (canBind && bound.length === 0) {
    if (advocated.length > 0) gap("ADVOCATES_NOT_BOUND", advocated, `${advocated.map(dated).join("; ")}, with no evidence that ${actor} is bound itself`);
    if (signed.length > 0) gap("SIGNED_NOT_RATIFIED", signed, `${signed.map(dated).join("; ")}, with no evidence of ratification, accession or being a party`);
    else if (political.length > 0) gap("SUPPORT_ONLY", political, `${political.map(dated).join("; ")}: political support only, no signature or binding act`);
  }
  if (bound.length > 0 && bound.every((r) => r.date === null)) {
    gap("UNDATED_BINDING_ACT", bound, `${[...new Set(bound.map((r) => r.action))].join(", ")} with no date in any source`);
  }
  for (const conflict of conflictsOf(records)) gap("CONFLICTING_EVIDENCE", conflict.records, conflict.detail);
  // Not done, and nothing in the corpus says it was done since.
  const notDone = records.filter((r) => r.polarity !== "affirmed" && r.review !== "Rejected");
  const strongest = live.reduce((best, r) => Math.min(best, rankOf(r)), Infinity);
  const open = notDone.filter((r) => rankOf(r) < strongest);
  if (open.length > 0) gap("NOT_AFFIRMED", open, open.map((r) => `${r.polarity}: ${dated(r)}`).join("; "));
  for (const r of records) {
    if (r.review === "Rejected") continue;
    if (options.verify?.(r) === false) gap("UNVERIFIED_SOURCE", [r], `the quote of ${r.id} is no longer verbatim in ${r.doc || "its source"}`);
  }
  const threshold = options.lowConfidenceBelow ?? LOW_CONFIDENCE_BELOW;
  for (const r of records) {
    if (r.review === "Pending" && r.confidence !== null && r.confidence < threshold) {
      gap("LOW_CONFIDENCE", [r], `${r.action} extracted with confidence ${r.confidence.toFixed(2)} (under ${threshold.toFixed(2)}), not yet reviewed`);
    }
  }
  return out;
}

function rankOf(r: Evidence): number {
  return ["Bound", "Signed", "Politically committed", "Advocated"].indexOf(levelOf(r.action));
}

/** The checklist's items that apply to an actor. */
function checklistFor(index: EvidenceIndex, actor: string, checklist: Checklist, asked: boolean): string[] {
  const key = index.actorKey(actor);
  return checklist.items
    .filter((item) => (item.actor === null ? asked || index.isState(actor) : index.actorKey(item.actor) === key))
    .map((item) => item.instrument);
}

/**
 * The gaps of one actor (when `actor` is given: checklist items without an actor then apply to
 * it whatever it is) or of every actor in the index (those items then apply to states only).
 */
export function findGaps(index: EvidenceIndex, options: GapOptions = {}, actor?: string): Gap[] {
  const actors = actor !== undefined ? [actor] : index.actors();
  const out: Gap[] = [];
  for (const name of actors) {
    const groups = index.instrumentsOf(name);
    const display = index.displayName(name);
    for (const { instrument, records } of groups.values()) out.push(...pairGaps(display, instrument, records, options));
    if (options.checklist) {
      const seen = new Set<string>();
      for (const wanted of checklistFor(index, name, options.checklist, actor !== undefined)) {
        const instrument = index.instrument(wanted);
        if (seen.has(instrument.key)) continue;
        seen.add(instrument.key);
        if (index.pair(name, instrument).some(counts)) continue;
        out.push({
          code: "CHECKLIST_MISSING",
          actor: display,
          instrument: instrument.name,
          instrumentId: instrument.id,
          commitmentIds: [],
          detail: `on the ${options.checklist.title} checklist; no affirmed record for ${display}`,
        });
      }
    }
  }
  return out;
}

/** Per index, each pair's record flags for the default options: a Flags column asks once per row. */
const pairFlags = new WeakMap<EvidenceIndex, Map<string, Map<string, Set<GapCode>>>>();

/** The codes of one pair's gaps, by the ids they rest on. */
function flagsByPair(index: EvidenceIndex, record: Evidence, options: GapOptions): Map<string, Set<GapCode>> {
  const instrument = index.instrumentOf(record);
  const cacheable = Object.keys(options).length === 0;
  const key = `${index.actorKey(record.actor)}\u0000${instrument.key}`;
  const cached = cacheable ? pairFlags.get(index)?.get(key) : undefined;
  if (cached) return cached;
  const byId = new Map<string, Set<GapCode>>();
  for (const g of pairGaps(record.actor, instrument, index.pair(record.actor, instrument), options)) {
    for (const id of g.commitmentIds) byId.set(id, (byId.get(id) ?? new Set<GapCode>()).add(g.code));
  }
  if (cacheable) {
    const pairs = pairFlags.get(index) ?? new Map<string, Map<string, Set<GapCode>>>();
    pairFlags.set(index, pairs.set(key, byId));
  }
  return byId;
}

/** The codes of the gaps resting on one record, in GAP_CODES order (CHECKLIST_MISSING rests on none). */
export function flagsOf(index: EvidenceIndex, id: string, options: GapOptions = {}): GapCode[] {
  const codes = new Set<GapCode>();
  for (const record of index.byId.get(id) ?? []) for (const code of flagsByPair(index, record, options).get(id) ?? []) codes.add(code);
  return GAP_CODES.filter((c) => codes.has(c));
}
