import { cueIndex, withBareDeposits, type CueDef } from "../lexicon/cues";
import type { PhraseMatch } from "../lexicon/phraseIndex";
import type { Token } from "../text/tokens";

/** Action cue mentions in a sentence (see lexicon/cues.ts for the forms). */
export interface CueMention {
  from: number;
  to: number;
  def: CueDef;
}

/** Cue phrases in tokens [from, to) that no instrument claims; `matches` are the phrases found there, if known. */
export function findCues(
  tokens: readonly Token[],
  from: number,
  to: number,
  claimed: (i: number) => boolean,
  matches: ReadonlyArray<PhraseMatch<CueDef>> = withBareDeposits(tokens, cueIndex().findAll(tokens, from, to)),
): CueMention[] {
  const out: CueMention[] = [];
  for (const m of matches) {
    let inside = false;
    for (let i = m.from; i < m.to && !inside; i++) inside = claimed(i);
    if (!inside && !aidNoun(tokens, m) && !thanksForSupport(tokens, m) && !partialAssociation(tokens, m)) out.push({ from: m.from, to: m.to, def: m.value });
  }
  return out;
}

/** Kinds of aid a bare "support" names ("victim support", "technical support"): a service, not backing for a text. */
const AID_KINDS = new Set([
  "victim",
  "survivor",
  "technical",
  "financial",
  "budget",
  "budgetary",
  "logistical",
  "logistic",
  "legal",
  "administrative",
  "psychosocial",
  "income",
  "family",
  "peer",
  "secretariat",
  "operational",
  "material",
  "medical",
]);

/** Words of thanks: "we thank the Secretariat for its support", "grateful to Chile for its support". */
const THANKS = new Set(["thank", "thanks", "thanked", "thanking", "grateful", "gratitude", "appreciation", "appreciate", "appreciates", "appreciated"]);
const SUPPORT_OWNERS = new Set(["its", "their", "his", "her", "your"]);
const SUPPORT_OBJECTS = new Set(["of", "for", "to"]);

/**
 * "The Ministry thanks AFCAC and the Government of Senegal for their support": help acknowledged, with no text it backs (with
 * one, "for its support of resolution X", the support is of that text).
 */
function thanksForSupport(tokens: readonly Token[], m: PhraseMatch<CueDef>): boolean {
  if (m.to - m.from !== 1 || tokens[m.from]?.lower !== "support" || SUPPORT_OBJECTS.has(tokens[m.to]?.lower ?? "")) return false;
  if (!SUPPORT_OWNERS.has(tokens[m.from - 1]?.lower ?? "") || tokens[m.from - 2]?.lower !== "for") return false;
  for (let k = m.from - 3; k >= 0; k--) if (THANKS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** "associated itself with", "dissociated themselves from": the reflexive of an association cue. */
export const REFLEXIVES: ReadonlySet<string> = new Set(["itself", "themselves"]);
const DETERMINERS = new Set(["the", "this", "that"]);
/** Lower-case words that may name the whole text one associates with or dissociates from. */
const WHOLE_TEXTS = new Set(["declaration", "resolution", "decision", "text", "document", "outcome", "statement"]);

/**
 * "dissociated itself from preambular paragraph 9", "did not associate itself with the paragraph on X": a part of a text, not the
 * text; only a name or a whole text right after ("dissociated itself from the Declaration", "from decision IG.27/9") is the act.
 */
function partialAssociation(tokens: readonly Token[], m: PhraseMatch<CueDef>): boolean {
  if (!REFLEXIVES.has(tokens[m.to - 2]?.lower ?? "")) return false;
  const next = DETERMINERS.has(tokens[m.to]?.lower ?? "") ? tokens[m.to + 1] : tokens[m.to];
  return !next || !(/^\p{Lu}/u.test(next.text) || WHOLE_TEXTS.has(next.lower));
}

/** How widely a text is backed: "universal support", "broad support", a measure of many, not one actor's act. */
const SUPPORT_EXTENTS = new Set(["universal", "universality", "broad", "broader", "wide", "wider", "widespread", "growing", "overwhelming", "general"]);

/**
 * "we contribute to demining assistance and victim support": "support" as a kind of aid, not an act; and "the need to ensure
 * ... universal support": how widely a text is backed, with no text named after it ("broad support for the Treaty" names one).
 */
function aidNoun(tokens: readonly Token[], m: PhraseMatch<CueDef>): boolean {
  if (m.to - m.from !== 1 || tokens[m.from]?.lower !== "support") return false;
  const before = tokens[m.from - 1]?.lower ?? "";
  return AID_KINDS.has(before) || (SUPPORT_EXTENTS.has(before) && !SUPPORT_OBJECTS.has(tokens[m.to]?.lower ?? ""));
}
