// The matching predicate of /work/shared/gold/README.md: "an extracted record matches a gold record
// when document, action, actor (same or containing name, official and short names alike) and
// instrument agree, and its polarity agrees with `negated` (any polarity but `affirmed` counts as
// negated)." Actor and instrument rules live in actor-match.ts and instrument-match.ts.
import type { Commitment } from "../core/model";
import { actorAgreement } from "./actor-match";
import type { GoldRecord } from "./gold";
import { instrumentAgreement, type InstrumentStrength } from "./instrument-match";

export { actorAgreement, actorNameAgreement, countryCode } from "./actor-match";
export {
  contentWords,
  instrumentAgreement,
  namePairAgreement,
  namesProtocolOrAmendment,
  resolutionNumbers,
  shareHalfContentWords,
  type InstrumentStrength,
  type RecordInstrument,
} from "./instrument-match";

/** Document agreement: the record's source document is the gold record's document. */
export function documentAgrees(gold: GoldRecord, record: Commitment): boolean {
  return record.source.doc === gold.doc;
}

/** Action agreement: the record's action is one of the gold record's acceptable actions. */
export function actionAgrees(gold: GoldRecord, record: Commitment): boolean {
  return gold.actions.includes(record.action);
}

/** Polarity agreement: gold `negated` ↔ record polarity other than "affirmed" ("negated" or "planned"). */
export function polarityAgrees(gold: GoldRecord, record: Commitment): boolean {
  return gold.negated === (record.polarity !== "affirmed");
}

/** The criteria of the predicate, named as the report names them. */
export type Criterion = "doc" | "action" | "actor" | "instrument" | "polarity";

export interface MatchResult {
  matches: boolean;
  /** Criteria that failed (empty when it matches). */
  failed: Criterion[];
  /** How well the instrument names agree (3 same/acronym, 2 containment, 1 shared words). */
  instrumentStrength: InstrumentStrength;
  /** How well the actor names agree (2 same actor, 1 one name contains the other). */
  actorStrength: 0 | 1 | 2;
}

/** Evaluates every criterion of the predicate for one gold record and one extracted record. */
export function matchRecord(gold: GoldRecord, record: Commitment): MatchResult {
  const failed: Criterion[] = [];
  if (!documentAgrees(gold, record)) failed.push("doc");
  if (!actionAgrees(gold, record)) failed.push("action");
  const actorStrength = actorAgreement(gold.actors, record.actor);
  if (actorStrength === 0) failed.push("actor");
  const instrumentStrength = instrumentAgreement(record, gold.instrument, gold.aliases);
  if (instrumentStrength === 0) failed.push("instrument");
  if (!polarityAgrees(gold, record)) failed.push("polarity");
  return { matches: failed.length === 0, failed, instrumentStrength, actorStrength };
}

/** True when the extracted record matches the gold record (README predicate). */
export function recordMatches(gold: GoldRecord, record: Commitment): boolean {
  return matchRecord(gold, record).matches;
}
