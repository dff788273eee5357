// `npm run eval -- --explain` (issue 13): every miss, false positive, trap and wrong date with the
// rule that fired (a record's stages) or the stage that stopped it (miss-diagnosis.ts), and counts
// per stage, so the next rule is chosen from evidence.
import type { Commitment, Extraction } from "../core/model";
import type { RawDocument } from "../core/types";
import { DocumentProbe } from "./document-probe";
import type { GoldRecord } from "./gold";
import { matchRecord } from "./match";
import { diagnoseMiss, type MissDiagnosis } from "./miss-diagnosis";
import { summariseGold, type EvalReport, type FalsePositive, type GoldSummary, type RecordSummary } from "./score";

export interface ExplainedMiss {
  doc: string;
  gold: GoldSummary;
  diagnosis: MissDiagnosis;
}

/** An extracted record with the stages that produced it. */
export interface ExplainedRecord {
  doc: string;
  record: RecordSummary;
  stages: string[];
  /** The link rule that fired ("verb", "nominal-by", …), "?" when the record does not say. */
  rule: string;
}

export interface ExplainedFalsePositive extends ExplainedRecord {
  nearest: FalsePositive["nearest"];
}

/** A false positive that matches a gold record but for its polarity: it fell into (or out of) a trap. */
export interface ExplainedTrap extends ExplainedRecord {
  gold: GoldSummary;
  /** "affirmed-not-done": gold negated, record affirmed; "denied-done": gold affirmed, record negated or planned. */
  kind: "affirmed-not-done" | "denied-done";
  /** The record's polarity stage ("polarity:affirmed", "polarity:negated(not)"). */
  polarityStage: string;
}

export interface ExplainedDate extends ExplainedRecord {
  expected: string;
  /** The record's date stage ("date:none", "date:stated", …, "+refine:date-from-repeat"). */
  dateStage: string;
}

export interface ExplainSummary {
  missesByStage: Record<string, number>;
  /** Every false positive (traps included) by the link rule that fired. */
  falsePositivesByRule: Record<string, number>;
  trapsByPolarityStage: Record<string, number>;
  wrongDatesByDateStage: Record<string, number>;
}

export interface Explanation {
  misses: ExplainedMiss[];
  /** False positives that are not traps (those are listed in `traps`). */
  falsePositives: ExplainedFalsePositive[];
  traps: ExplainedTrap[];
  wrongDates: ExplainedDate[];
  summary: ExplainSummary;
}

const stageStartingWith = (stages: readonly string[], prefix: string): string | undefined => stages.find((s) => s.startsWith(prefix));

function explainRecord(doc: string, record: RecordSummary, byId: ReadonlyMap<string, Commitment>): ExplainedRecord {
  const stages = byId.get(record.id)?.stages ?? [];
  const rule = stageStartingWith(stages, "link:")?.slice("link:".length) ?? "?";
  return { doc, record, stages, rule };
}

function dateStageOf(stages: readonly string[]): string {
  const own = stageStartingWith(stages, "date:") ?? "date:?";
  return stages.includes("refine:date-from-repeat") ? `${own}+refine:date-from-repeat` : own;
}

/** A stage that throws on one sentence must not end the whole evaluation: the miss is then "unknown". */
function safeDiagnosis(gold: GoldRecord, probe: DocumentProbe | null, records: readonly Commitment[]): MissDiagnosis {
  try {
    return diagnoseMiss(gold, probe, records);
  } catch (error) {
    return { stage: "unknown", key: "unknown", reason: `the stages threw: ${(error as Error).message}`, sentence: null, rule: null };
  }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  // Most frequent first, then by name: where the errors concentrate reads from the top.
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/**
 * Explains `report` (the score of `extraction` against `gold`): diagnoses each miss on the
 * documents' text (`docs`, as read for extraction) and names each wrong record's stages.
 */
export function explain(report: EvalReport, gold: readonly GoldRecord[], extraction: Extraction, docs: readonly RawDocument[]): Explanation {
  const byId = new Map<string, Commitment>();
  const byDoc = new Map<string, Commitment[]>();
  for (const r of extraction.commitments) {
    if (!byId.has(r.id)) byId.set(r.id, r);
    byDoc.set(r.source.doc, [...(byDoc.get(r.source.doc) ?? []), r]);
  }
  const rawById = new Map(docs.map((d) => [d.id, d]));
  const out: Explanation = {
    misses: [],
    falsePositives: [],
    traps: [],
    wrongDates: [],
    summary: { missesByStage: {}, falsePositivesByRule: {}, trapsByPolarityStage: {}, wrongDatesByDateStage: {} },
  };
  const allFalsePositives: ExplainedRecord[] = [];

  for (const d of report.documents) {
    const raw = d.hasText ? rawById.get(d.doc) : undefined;
    const probe = raw ? new DocumentProbe(raw) : null;
    const records = byDoc.get(d.doc) ?? [];
    for (const g of d.missed) {
      const record = gold[g.index] as GoldRecord;
      out.misses.push({ doc: d.doc, gold: g, diagnosis: safeDiagnosis(record, probe, records) });
    }
    for (const fp of d.falsePositives) {
      const explained = explainRecord(d.doc, fp, byId);
      allFalsePositives.push(explained);
      const full = byId.get(fp.id);
      const trapIndex = full ? gold.findIndex((x) => x.doc === d.doc && matchRecord(x, full).failed.join() === "polarity") : -1;
      if (trapIndex < 0) {
        out.falsePositives.push({ ...explained, nearest: fp.nearest });
        continue;
      }
      const trapGold = gold[trapIndex] as GoldRecord;
      out.traps.push({
        ...explained,
        gold: summariseGold(trapGold, trapIndex),
        kind: trapGold.negated ? "affirmed-not-done" : "denied-done",
        polarityStage: stageStartingWith(explained.stages, "polarity:") ?? "polarity:?",
      });
    }
    for (const m of d.dateMismatches) {
      const explained = explainRecord(d.doc, m.record, byId);
      out.wrongDates.push({ ...explained, expected: m.expected, dateStage: dateStageOf(explained.stages) });
    }
  }
  out.summary = {
    missesByStage: countBy(out.misses, (m) => m.diagnosis.key),
    falsePositivesByRule: countBy(allFalsePositives, (f) => `link:${f.rule}`),
    trapsByPolarityStage: countBy(out.traps, (t) => `${t.kind} ${t.polarityStage}`),
    wrongDatesByDateStage: countBy(out.wrongDates, (w) => w.dateStage),
  };
  return out;
}
