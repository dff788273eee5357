// Scores an extraction against gold records by the rules of /work/shared/gold/README.md:
// - precision: records matching no gold record are false positives; "a further record matching an
//   already matched gold record is neither" (counted as `duplicates`);
// - recall: "counts required records that nothing matched" (fn);
// - binding precision: share of affirmed ratified/acceded/party records that match a gold record;
// - date accuracy: over matched records whose gold date is set (exact string equality);
// - provenance: share of records whose quote is exactly text.slice(start, end).
import { BINDING_ACTIONS, type Action, type Commitment, type Extraction, type Polarity } from "../core/model";
import type { GoldRecord } from "./gold";
import { matchRecord, type Criterion, type MatchResult } from "./match";

/** An extracted record as the report shows it. */
export interface RecordSummary {
  id: string;
  actor: string;
  action: Action;
  instrument: string;
  polarity: Polarity;
  date: string | null;
  quote: string;
}

/** A gold record as the report shows it; `index` is its position in the gold array given to score(). */
export interface GoldSummary {
  index: number;
  actors: string[];
  actions: Action[];
  instrument: string;
  negated: boolean;
  date: string | null;
  quote: string;
}

export interface FalsePositive extends RecordSummary {
  /** The same-document gold record that fails the fewest criteria (at most two), for debugging. */
  nearest: { gold: GoldSummary; failed: Criterion[] } | null;
}

export interface DateMismatch {
  record: RecordSummary;
  expected: string;
}

export interface Metrics {
  /** Extracted records that were the first to match a gold record (required or optional). */
  tp: number;
  /** Extracted records matching no gold record. */
  fp: number;
  /** Required gold records no extracted record matched. */
  fn: number;
  /** Extracted records matching only already-matched gold records: neither TP nor FP. */
  duplicates: number;
  gold: number;
  requiredGold: number;
  matchedRequired: number;
  extracted: number;
  /** tp / (tp + fp); 1 when there is no record. */
  precision: number;
  /** matchedRequired / requiredGold; 1 when nothing is required. */
  recall: number;
  f1: number;
  dateChecked: number;
  dateCorrect: number;
  /** dateCorrect / dateChecked; null when no matched record has a gold date. */
  dateAccuracy: number | null;
  provenanceChecked: number;
  provenanceOk: number;
  provenance: number | null;
  bindingRecords: number;
  bindingMatched: number;
  bindingPrecision: number | null;
}

export interface DocumentReport extends Metrics {
  doc: string;
  /** False when the document's text was not given: its gold records all count as misses. */
  hasText: boolean;
  falsePositives: FalsePositive[];
  missed: GoldSummary[];
  dateMismatches: DateMismatch[];
  badProvenance: RecordSummary[];
}

export interface EvalReport {
  documents: DocumentReport[];
  overall: Metrics;
  /** Documents that have gold records but no text: not extracted from, their required gold all missed. */
  missingDocuments: string[];
  /** Extracted records whose document is not among the texts (not scored). */
  ignoredRecords: number;
}

type Counts = Omit<Metrics, "precision" | "recall" | "f1" | "dateAccuracy" | "provenance" | "bindingPrecision">;

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

function withRates(c: Counts): Metrics {
  const precision = ratio(c.tp, c.tp + c.fp) ?? 1;
  const recall = ratio(c.matchedRequired, c.requiredGold) ?? 1;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    ...c,
    precision,
    recall,
    f1,
    dateAccuracy: ratio(c.dateCorrect, c.dateChecked),
    provenance: ratio(c.provenanceOk, c.provenanceChecked),
    bindingPrecision: ratio(c.bindingMatched, c.bindingRecords),
  };
}

const zeroCounts = (): Counts => ({
  tp: 0,
  fp: 0,
  fn: 0,
  duplicates: 0,
  gold: 0,
  requiredGold: 0,
  matchedRequired: 0,
  extracted: 0,
  dateChecked: 0,
  dateCorrect: 0,
  provenanceChecked: 0,
  provenanceOk: 0,
  bindingRecords: 0,
  bindingMatched: 0,
});

/** A record's fields as the report shows them. */
export function summariseRecord(r: Commitment): RecordSummary {
  return { id: r.id, actor: r.actor, action: r.action, instrument: r.instrument, polarity: r.polarity, date: r.date, quote: r.source.quote };
}

/** A gold record's fields as the report shows them. */
export function summariseGold(g: GoldRecord, index: number): GoldSummary {
  return { index, actors: g.actors, actions: g.actions, instrument: g.instrument, negated: g.negated, date: g.date, quote: g.quote };
}

interface IndexedGold {
  gold: GoldRecord;
  index: number;
  matched: boolean;
}

/**
 * Which matching gold record an extracted record is counted against. The gold record the record
 * names best wins (instrument agreement, then actor agreement), so that a second record about one
 * instrument never takes credit for another instrument it only shares words with; among equally
 * good ones: an unmatched required record, then an unmatched optional one, then an already
 * matched repeatable one, then any already matched one; then gold order.
 */
function preferenceKey(c: IndexedGold, m: MatchResult): number[] {
  const tier = !c.matched ? (c.gold.required ? 0 : 1) : c.gold.repeatable ? 2 : 3;
  return [-m.instrumentStrength, -m.actorStrength, tier, c.index];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function scoreDocument(doc: string, gold: IndexedGold[], records: Commitment[], text: string | undefined): DocumentReport {
  const c = zeroCounts();
  const falsePositives: FalsePositive[] = [];
  const dateMismatches: DateMismatch[] = [];
  const badProvenance: RecordSummary[] = [];
  // Records are taken in document order, so the first record stating a gold record is the one counted.
  const ordered = records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.source.start - b.r.source.start || a.r.source.end - b.r.source.end || a.i - b.i)
    .map((x) => x.r);
  for (const record of ordered) {
    c.extracted++;
    c.provenanceChecked++;
    if (text !== undefined && text.slice(record.source.start, record.source.end) === record.source.quote) c.provenanceOk++;
    else badProvenance.push(summariseRecord(record));

    const results = gold.map((g) => ({ g, m: matchRecord(g.gold, record) }));
    const candidates = results.filter((x) => x.m.matches);
    if (record.polarity === "affirmed" && BINDING_ACTIONS.has(record.action)) {
      c.bindingRecords++;
      if (candidates.length > 0) c.bindingMatched++;
    }
    const best = candidates.sort((a, b) => compareKeys(preferenceKey(a.g, a.m), preferenceKey(b.g, b.m)))[0];
    if (best === undefined) {
      c.fp++;
      const near = results
        .filter((x) => x.m.failed.length <= 2)
        .sort((a, b) => a.m.failed.length - b.m.failed.length || b.m.instrumentStrength - a.m.instrumentStrength || a.g.index - b.g.index)[0];
      falsePositives.push({ ...summariseRecord(record), nearest: near ? { gold: summariseGold(near.g.gold, near.g.index), failed: near.m.failed } : null });
      continue;
    }
    if (best.g.matched) {
      c.duplicates++;
      continue;
    }
    best.g.matched = true;
    c.tp++;
    const expected = best.g.gold.date;
    if (expected !== null) {
      c.dateChecked++;
      if (record.date === expected) c.dateCorrect++;
      else dateMismatches.push({ record: summariseRecord(record), expected });
    }
  }
  const missed: GoldSummary[] = [];
  for (const g of gold) {
    c.gold++;
    if (!g.gold.required) continue;
    c.requiredGold++;
    if (g.matched) c.matchedRequired++;
    else {
      c.fn++;
      missed.push(summariseGold(g.gold, g.index));
    }
  }
  return { doc, hasText: text !== undefined, ...withRates(c), falsePositives, missed, dateMismatches, badProvenance };
}

/**
 * Scores `extraction` against `gold`. Only documents in `texts` are scored; gold records of a
 * document absent from `texts` all count as misses (listed in `missingDocuments`), and extracted
 * records of such documents are ignored (`ignoredRecords`). Overall figures pool all documents.
 */
export function score(gold: readonly GoldRecord[], extraction: Extraction, texts: ReadonlyMap<string, string>): EvalReport {
  const goldByDoc = new Map<string, IndexedGold[]>();
  gold.forEach((g, index) => {
    const list = goldByDoc.get(g.doc) ?? [];
    list.push({ gold: g, index, matched: false });
    goldByDoc.set(g.doc, list);
  });
  const recordsByDoc = new Map<string, Commitment[]>();
  let ignoredRecords = 0;
  for (const r of extraction.commitments) {
    if (!texts.has(r.source.doc)) {
      ignoredRecords++;
      continue;
    }
    const list = recordsByDoc.get(r.source.doc) ?? [];
    list.push(r);
    recordsByDoc.set(r.source.doc, list);
  }
  const missingDocuments = [...goldByDoc.keys()].filter((d) => !texts.has(d)).sort();
  const docs = [...new Set([...texts.keys(), ...missingDocuments])].sort();
  const documents = docs.map((doc) => scoreDocument(doc, goldByDoc.get(doc) ?? [], recordsByDoc.get(doc) ?? [], texts.get(doc)));

  const total = zeroCounts();
  for (const d of documents) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += d[key];
  return { documents, overall: withRates(total), missingDocuments, ignoredRecords };
}
