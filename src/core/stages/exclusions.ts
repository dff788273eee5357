import type { Token } from "../text/tokens";
import { datePhraseEnd } from "./draftFilters";
import type { InstrumentMention } from "./instruments";
import { type Draft, objectsAfter, redraft, type Sentence } from "./linkParts";

/**
 * Exclusions inside a done act's clause: the names or instruments the clause says were left out
 * did not do the act (negated).
 *  - a subject: "A and B, but not C, ratified X", "A, and not C, signed X";
 *  - an object: "A ratified X, but not Y", "A signed X and not Y".
 * Both read a draft another rule made; they add the negated act for what was excluded.
 */

/** Tokens that may lead an excluded name or instrument: ", but not", "and not", "except". */
const LEADS = new Set([",", "but", "and", "though", "although", "not", "yet", "to", "except", "excluding"]);
/** The words that make the lead an exclusion. */
const EXCLUDERS = new Set(["not", "except", "excluding"]);
const MAX_LEAD = 6;

/** The index after a lead of exclusion starting at `from` (", but not"), or -1. */
function afterExclusion(s: Sentence, from: number): number {
  let excluded = false;
  let i = from;
  while (i < s.to && i - from < MAX_LEAD && LEADS.has((s.tokens[i] as Token).lower)) {
    if (EXCLUDERS.has((s.tokens[i] as Token).lower)) excluded = true;
    i++;
  }
  return excluded ? i : -1;
}

/** "A and B, but not C, ratified X": C did not ratify X. */
export function excludedSubject(s: Sentence, d: Draft): Draft | null {
  if (d.polarity !== "affirmed" || d.rule !== "verb") return null;
  const subject = s.groups.find((g) => g.from === d.agentFrom);
  if (!subject || subject.to >= d.cue.from) return null;
  const at = afterExclusion(s, subject.to);
  if (at < 0) return null;
  const excluded = s.groups.find((g) => g.from === at || (g.from === at + 1 && s.tokens[at]?.lower === "the"));
  if (!excluded || excluded.to > d.cue.from || s.tokens[excluded.to]?.text !== ",") return null;
  return redraft(d, { agents: excluded.members, agentFrom: excluded.from, polarity: "negated", polarityBy: "not", rule: "excluded-subject" });
}

/** "A ratified X, but not Y": A did not ratify Y. */
export function excludedObjects(s: Sentence, d: Draft): Draft | null {
  if (d.polarity !== "affirmed" || d.instruments.length === 0 || (d.rule !== "verb" && d.rule !== "verb-chain")) return null;
  const last = d.instruments[d.instruments.length - 1] as InstrumentMention;
  // (Past the act's date: "acceded to X in 2000 but not to Y".)
  const dated = datePhraseEnd(s, last.to);
  const at = afterExclusion(s, dated > 0 ? dated : last.to);
  if (at < 0) return null;
  const next = s.cues.find((c) => c.from >= at);
  const objects = objectsAfter(s, at, next ? next.from : s.to);
  if (objects.length === 0 || objects[0]?.from !== at + (s.tokens[at]?.lower === "the" ? 1 : 0)) return null;
  return redraft(d, { instruments: objects, polarity: "negated", polarityBy: "not", rule: "excluded-object" });
}
