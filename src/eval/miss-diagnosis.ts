// Why a required gold record was missed: the first stage of the pipeline that stopped it, found
// by running the core's stages (document-probe.ts) over the sentence(s) holding the gold quote.
// Best effort but honest: where the re-composed stages cannot tell, the answer is "unknown".
import type { Commitment } from "../core/model";
import type { CueMention } from "../core/stages/cues";
import type { InstrumentMention } from "../core/stages/instruments";
import type { Sentence } from "../core/stages/link";
import type { DocumentProbe } from "./document-probe";
import type { GoldRecord } from "./gold";
import { actorAgreement, instrumentAgreement, matchRecord, type Criterion } from "./match";
import { clip, describeRecord } from "./report";
import { summariseRecord } from "./score";

/** The stages in pipeline order; a miss is explained by the first one that stopped it. */
export const MISS_STAGES = ["no-text", "quote", "sentence", "cue", "actor", "instrument", "link", "refiner", "unknown", "scoring"] as const;
export type MissStage = (typeof MISS_STAGES)[number];

export interface MissDiagnosis {
  stage: MissStage;
  /** What the summary counts: the stage, refined ("cue:action", "link:polarity", "link:no-draft"). */
  key: string;
  reason: string;
  /** The sentence the diagnosis is about, when there is one. */
  sentence: string | null;
  /** The link rule that fired, when one did. */
  rule: string | null;
}

const WHITE_SPACE_RUN = /\s+/gu;

function result(stage: MissStage, reason: string, sentence: string | null = null, key: string = stage, rule: string | null = null): MissDiagnosis {
  return { stage, key, reason, sentence, rule };
}

const describe = (r: Commitment): string => describeRecord(summariseRecord(r));
const ruleOf = (r: Commitment): string | null => r.stages.find((x) => x.startsWith("link:"))?.slice("link:".length) ?? null;

function cueText(s: Sentence, c: CueMention): string {
  return `"${s.tokens
    .slice(c.from, c.to)
    .map((t) => t.text)
    .join(" ")}" (${c.def.action})`;
}

function instrumentText(m: InstrumentMention): string {
  return m.entry && m.entry.name !== m.text ? `${m.text} [${m.entry.name}]` : m.text;
}

function instrumentAgrees(gold: GoldRecord, m: InstrumentMention | null): boolean {
  if (!m?.text) return false;
  return (
    instrumentAgreement({ instrument: m.text, instrumentName: m.entry?.name ?? null, instrumentId: m.entry?.id ?? null }, gold.instrument, gold.aliases) > 0
  );
}

/** The same act as the refiners key it (refine/records.ts): actor, action, instrument id or folded name. */
function sameAct(a: Commitment, b: Commitment): boolean {
  const key = (c: Commitment) => `${c.actor}|${c.action}|${c.instrumentId ?? c.instrument.toLowerCase().replace(WHITE_SPACE_RUN, " ")}`;
  return key(a) === key(b);
}

function fieldValue(gold: GoldRecord, r: Commitment, c: Criterion): string {
  switch (c) {
    case "actor":
      return `actor ${r.actor} (gold ${gold.actors.join(" / ")})`;
    case "action":
      return `action ${r.action} (gold ${gold.actions.join("/")})`;
    case "instrument":
      return `instrument ${r.instrument} (gold ${gold.instrument})`;
    case "polarity":
      return `polarity ${r.polarity} (gold ${gold.negated ? "negated" : "affirmed"})`;
    default:
      return c;
  }
}

/** The record failing the fewest criteria, then agreeing best on the instrument. */
function nearest(gold: GoldRecord, pool: readonly Commitment[]): { record: Commitment; failed: Criterion[] } | null {
  let best: { record: Commitment; failed: Criterion[]; strength: number } | null = null;
  for (const record of pool) {
    const m = matchRecord(gold, record);
    if (!best || m.failed.length < best.failed.length || (m.failed.length === best.failed.length && m.instrumentStrength > best.strength)) {
      best = { record, failed: m.failed, strength: m.instrumentStrength };
    }
  }
  return best;
}

/** The first stage that stops `gold` in sentence i of the probe's document. */
function diagnoseSentence(gold: GoldRecord, probe: DocumentProbe, i: number, records: readonly Commitment[]): MissDiagnosis {
  const text = probe.textOf(i);
  if (probe.isHeadline(i)) return result("sentence", "the sentence repeats the Title: header (read as context only)", text);
  const s = probe.sentenceAt(i);
  if (s.cues.length === 0) {
    const inside = probe.cuePhrases(i);
    return result(
      "cue",
      inside.length > 0 ? `no cue word in sentence (cue words only inside instrument names: ${inside.join(", ")})` : "no cue word in sentence",
      text,
    );
  }
  const cues = s.cues.map((c) => cueText(s, c)).join(", ");
  const actions = new Set(s.cues.map((c) => c.def.action));
  // A verb may become a call ("states should ratify"), a signature of a declaration an endorsement.
  const reachable = gold.actions.some(
    (a) => actions.has(a) || (a === "called-for" && s.cues.some((c) => c.def.form === "verb")) || (a === "endorsed" && actions.has("signed")),
  );
  if (!reachable) return result("cue", `no cue for ${gold.actions.join("/")} (cues seen: ${cues})`, text, "cue:action");

  const mentions = s.groups.flatMap((g) => g.members);
  const seen = mentions.map((m) => {
    const names = probe.ctx.resolveActor(m, s, i).map((a) => a.name);
    const written = s.tokens
      .slice(m.from, m.to)
      .map((t) => t.text)
      .join(" ");
    return { names, label: m.actor ? m.actor.name : `${written}→${names.join("+") || "?"}` };
  });
  if (!seen.some((x) => x.names.some((n) => actorAgreement(gold.actors, n) > 0))) {
    return result("actor", `no actor found (actors seen: ${seen.map((x) => x.label).join(", ") || "none"})`, text);
  }

  const named = s.instruments.filter((m) => m.text);
  const topic = probe.ctx.topic(i);
  if (!named.some((m) => instrumentAgrees(gold, m)) && !instrumentAgrees(gold, topic)) {
    const children = s.instruments.filter((m) => m.kind === "children");
    if (children.length > 0)
      return result("unknown", `the instrument may be one of "${children.map((m) => m.text).join(", ")}", which only the pipeline expands`, text);
    const list = named.map(instrumentText).join(", ") || "none";
    const unresolved = probe.unresolvedInstruments(i).map((x) => `"${x}"`);
    const references = unresolved.length > 0 ? `; references naming nothing before: ${unresolved.join(", ")}` : "";
    return result(
      "instrument",
      `instrument not found (instruments seen: ${list}${references}; document topic: ${topic ? instrumentText(topic) : "none"})`,
      text,
    );
  }

  const later = linkAndRefine(gold, probe, i, s, cues, records);
  // The pipeline turns "its two Protocols" into the protocols themselves; the probe cannot.
  const children = s.instruments.filter((m) => m.kind === "children").map((m) => `"${m.text}"`);
  return children.length === 0
    ? later
    : { ...later, reason: `${later.reason} (unverified: the sentence names ${children.join(", ")}, which only the pipeline expands)` };
}

/** The link stage and the refiners, for a sentence whose cue, actor and instrument are all there. */
function linkAndRefine(gold: GoldRecord, probe: DocumentProbe, i: number, s: Sentence, cues: string, records: readonly Commitment[]): MissDiagnosis {
  const text = probe.textOf(i);
  const { drafts, records: candidates } = probe.draftRecords(i);
  if (drafts.length === 0) return result("link", `no rule produced a draft for cue ${cues}`, text, "link:no-draft");
  if (candidates.length === 0) {
    const what = drafts.map(
      (d) => `rule ${d.draft.rule} for ${cueText(s, d.draft.cue)}: actors ${d.actors.join(", ") || "none"}, instruments ${d.instruments.join(", ") || "none"}`,
    );
    return result("link", `drafts kept no actor or no instrument once references were resolved (${what.join("; ")})`, text, "link:unresolved");
  }
  const match = candidates.find((c) => matchRecord(gold, c.record).matches);
  if (!match) {
    // Name the extracted record of this sentence nearest to the gold one; else the nearest draft.
    const kept = records.filter((r) => r.source.start === s.start && r.source.end === s.end);
    const near = nearest(gold, kept.length > 0 ? kept : candidates.map((c) => c.record));
    if (!near) return result("unknown", "no draft to compare", text);
    const rule = ruleOf(near.record) ?? "?";
    const what =
      kept.length > 0
        ? `nearest record ${describe(near.record)} (stages ${near.record.stages.join(", ")})`
        : `nearest draft ${describe(near.record)}, no record kept from this sentence`;
    const fields = near.failed.map((c) => fieldValue(gold, near.record, c)).join(", ");
    return result("link", `produced ${fields} via rule ${rule}: ${what}`, text, `link:${near.failed.join("+")}`, rule);
  }
  const r = match.record;
  const rule = match.draft.rule;
  const hedged = r.polarity === "affirmed" ? records.find((x) => x.polarity !== "affirmed" && sameAct(x, r)) : undefined;
  if (hedged)
    return result("refiner", `dropped by hedged-claim-wins (rule ${rule} gave it; kept: ${describe(hedged)})`, text, "refiner:hedged-claim-wins", rule);
  const repeat = records.find((x) => x.polarity === r.polarity && sameAct(x, r));
  if (repeat)
    return result("refiner", `dropped by one-record-per-act (rule ${rule} gave it; kept: ${describe(repeat)})`, text, "refiner:one-record-per-act", rule);
  return result("unknown", `rule ${rule} gives a matching draft here, but no record came out`, text, "unknown", rule);
}

/**
 * Explains why `gold` (a required record nothing matched) was missed. `probe` is its document
 * (null when the document has no text), `records` the document's extracted records.
 */
export function diagnoseMiss(gold: GoldRecord, probe: DocumentProbe | null, records: readonly Commitment[]): MissDiagnosis {
  if (probe === null) return result("no-text", "the document has no text");
  const taken = records.find((r) => matchRecord(gold, r).matches);
  if (taken) return result("scoring", `a matching record was counted against another gold record: ${describe(taken)}`, null, "scoring", ruleOf(taken));
  const quotes = [gold.quote, ...gold.altQuotes].filter((q) => q.trim() !== "");
  if (quotes.length === 0) return result("unknown", "the gold record has no quote");
  const located = quotes.map((q) => probe.locate(q));
  const sentences = [...new Set(located.flatMap((l) => l.sentences))];
  if (sentences.length === 0) {
    if (located.some((l) => l.outsideBody)) return result("sentence", "the quote lies in the document's metadata, outside every sentence the pipeline reads");
    return result("quote", "no sentence contains the quote");
  }
  // Where the gold record is stated in several places, the one that got furthest explains it.
  let best: MissDiagnosis | null = null;
  for (const i of sentences) {
    const d = diagnoseSentence(gold, probe, i, records);
    if (!best || MISS_STAGES.indexOf(d.stage) > MISS_STAGES.indexOf(best.stage)) best = d;
  }
  return best as MissDiagnosis;
}

/** The sentence of a diagnosis, shortened for a one-line report. */
export function sentenceClip(d: MissDiagnosis): string {
  return d.sentence === null ? "" : `"${clip(d.sentence, 140)}"`;
}
