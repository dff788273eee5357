/**
 * The gaps of the pane's extraction (pure: no React, no Office). The records are the commitments
 * as the reviewer left them (edits applied, rejected ones kept but never counting), read by the
 * core's status and gap rules, so the pane flags what the workbook's CT.GAPS formulas flag; with
 * imported status tables, the said-against-done gaps too, as CT.GAPS with Reference[#All] does.
 */
import {
  BUILT_IN_CHECKLISTS,
  describeStatus,
  evidenceFromExtraction,
  EvidenceIndex,
  findGaps,
  GAP_CODES,
  describeStatusWithRecord,
  reconcile,
  ReferenceIndex,
  statusOf,
  type Checklist,
  type DocumentExtraction,
  type Gap,
  type GapCode,
  type ImportResult,
} from "../../core";
import { forWriting, type ReviewState } from "./review";

/** A short label for each code, for the badges and the filter (the code is shown beside it). */
export const GAP_LABELS: Readonly<Record<GapCode, string>> = {
  ADVOCATES_NOT_BOUND: "Urges others, not bound itself",
  SIGNED_NOT_RATIFIED: "Signed, not ratified",
  SUPPORT_ONLY: "Political support only",
  UNDATED_BINDING_ACT: "Bound, but no date",
  CONFLICTING_EVIDENCE: "Sources disagree",
  NOT_AFFIRMED: "Denied or planned, not done",
  CHECKLIST_MISSING: "On the checklist, no record",
  UNVERIFIED_SOURCE: "Quote not in its source",
  LOW_CONFIDENCE: "Low confidence, not reviewed",
  SAID_NOT_DONE: "Claimed, not on record",
  DATE_MISMATCH: "Date differs from the record",
  DONE_NOT_SAID: "On record, never said",
};

/** The built-in checklists the pane offers, by name. */
export function paneChecklist(name: string | null): Checklist | null {
  return name === null ? null : (BUILT_IN_CHECKLISTS.find((c) => c.name === name) ?? null);
}

/** The evidence index of the extraction as reviewed: edits applied, each decision carried. */
export function reviewedIndex(results: readonly DocumentExtraction[], review: ReviewState): EvidenceIndex {
  const { results: edited } = forWriting(results, review);
  return new EvidenceIndex(evidenceFromExtraction(edited, (id) => review.decisions[id]));
}

/** The imported status tables' records over the same evidence index (null when none is imported). */
export function paneReference(index: EvidenceIndex, references: readonly ImportResult[]): ReferenceIndex | null {
  if (references.length === 0) return null;
  return new ReferenceIndex(
    references.flatMap((r) => r.records),
    index,
  );
}

export interface PaneGapOptions {
  /** The imported tables' records: SAID_NOT_DONE and DATE_MISMATCH under the instruments they cover. */
  reference?: ReferenceIndex | null;
  /** Also DONE_NOT_SAID: recorded binding acts no document mentions. */
  doneNotSaid?: boolean;
}

/**
 * Every gap of every actor, with the checklist's items (which apply to states) when one is
 * chosen, then the reconciliation with the imported tables when there are any.
 */
export function paneGaps(index: EvidenceIndex, checklist: Checklist | null, options: PaneGapOptions = {}): Gap[] {
  const gaps = findGaps(index, { checklist });
  if (options.reference) gaps.push(...reconcile(index, options.reference, { doneNotSaid: options.doneNotSaid === true }));
  return gaps;
}

/**
 * The status of the actor of one commitment under its instrument, as the workbook's Status
 * column says it ("Bound (acceded 2005-09-16)"); null for an id the index does not hold. When an
 * imported table covers the instrument, the recorded act goes beside the stated one, as in
 * CT.STATUS with the Reference table: "Bound (stated acceded 2005-09-16; recorded accession
 * 2005-09-16)", or "… recorded: none".
 */
export function statusLine(index: EvidenceIndex, id: string, reference: ReferenceIndex | null = null): string | null {
  const record = index.byId.get(id)?.[0];
  if (!record) return null;
  const instrument = index.instrumentOf(record);
  const answer = statusOf(index.pair(record.actor, instrument));
  if (!reference || !reference.covers(instrument.key)) return describeStatus(answer);
  const recorded = reference.pair(record.actor, instrument.key);
  return describeStatusWithRecord(answer, recorded);
}

export interface GapGroup {
  actor: string;
  gaps: Gap[];
}

/** Gaps by actor, A to Z (as the Gaps sheet orders them), each actor's in the rules' order. */
export function groupGaps(gaps: readonly Gap[]): GapGroup[] {
  const groups = new Map<string, Gap[]>();
  for (const gap of gaps) {
    const list = groups.get(gap.actor);
    if (list) list.push(gap);
    else groups.set(gap.actor, [gap]);
  }
  return [...groups].map(([actor, list]) => ({ actor, gaps: list })).sort((a, b) => a.actor.localeCompare(b.actor, "en"));
}

/** How many gaps of each code, in GAP_CODES order, codes with none left out. */
export function countGaps(gaps: readonly Gap[]): { code: GapCode; count: number }[] {
  const counts = new Map<GapCode, number>();
  for (const { code } of gaps) counts.set(code, (counts.get(code) ?? 0) + 1);
  return GAP_CODES.filter((c) => counts.has(c)).map((code) => ({ code, count: counts.get(code) as number }));
}

export function filterGaps(gaps: readonly Gap[], code: GapCode | null): Gap[] {
  return code === null ? [...gaps] : gaps.filter((g) => g.code === code);
}

/** One line for the counts: "13 gaps for 3 actors: 1 ADVOCATES_NOT_BOUND, 7 UNDATED_BINDING_ACT, 5 LOW_CONFIDENCE." */
export function describeGapCounts(gaps: readonly Gap[]): string {
  const actors = new Set(gaps.map((g) => g.actor)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (gaps.length === 0) return "No gaps.";
  return `${plural(gaps.length, "gap")} for ${plural(actors, "actor")}: ${countGaps(gaps)
    .map((c) => `${c.count} ${c.code}`)
    .join(", ")}.`;
}

/** A stable key for one gap within its actor's list (two gaps of one code differ by their records or detail). */
export function gapKey(gap: Gap): string {
  return [gap.code, gap.instrumentId ?? gap.instrument, gap.commitmentIds.join(","), gap.detail].join("\u0000");
}
