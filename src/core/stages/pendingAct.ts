import type { Token } from "../text/tokens";
import type { InstrumentMention } from "./instruments";
import { redraft, type Rule, type Sentence } from "./linkParts";

/**
 * "A signed X in 1973, but its ratification is still pending before Parliament", "…, but the ratification of the said
 * Convention is not yet completed": the act the noun names is not done yet. Its actor is the clause before's, and so is its
 * instrument unless the noun names its own ("the ratification of X").
 */
const PENDING_ACTS = new Set(["ratified", "acceded"]);
const LEADS = new Set(["its", "their", "the"]);
const COPULAS = new Set(["is", "are", "was", "remains", "remain", "remained", "has", "have", "been", "had"]);
const FILLERS = new Set(["still", "now", "currently", "yet", "also"]);
/** What says the act is under way, not done: "pending", "under way", "in progress", "not (yet) completed". */
const PENDING = new Set(["pending", "underway", "ongoing", "incomplete", "unfinished"]);
const DONE_WORDS = new Set(["completed", "complete", "finalised", "finalized", "concluded", "finished"]);

export const pendingAct: Rule = (s, cue, _index, drafts) => {
  if (cue.def.form !== "noun" || !PENDING_ACTS.has(cue.def.action) || !LEADS.has(s.tokens[cue.from - 1]?.lower ?? "")) return null;
  let k = cue.to;
  let own: InstrumentMention | undefined;
  if (s.tokens[k]?.lower === "of" || s.tokens[k]?.lower === "to") {
    own = s.instruments.find((m) => m.from === k + 1 || (m.from === k + 2 && s.tokens[k + 1]?.lower === "the"));
    if (!own) return null;
    k = own.to;
  }
  if (!pendingPredicate(s, k)) return null;
  const before = [...drafts].reverse().find((d) => d.polarity === "affirmed" && d.cue.to <= cue.from && d.agents.length > 0);
  if (!before) return null;
  const instruments = own ? [own] : before.instruments;
  return redraft(before, {
    cue,
    action: cue.def.action,
    polarity: "planned",
    polarityBy: "pending",
    rule: "pending-act",
    instruments,
    topical: instruments.length === 0,
  });
};

/** A predicate right after `k` that leaves the act under way: "is still pending", "remains in progress", "is not yet completed". */
function pendingPredicate(s: Sentence, k: number): boolean {
  const t = (i: number) => (s.tokens[i] as Token | undefined)?.lower ?? "";
  if (!COPULAS.has(t(k))) return false;
  let i = k + 1;
  while (i < s.to && (COPULAS.has(t(i)) || FILLERS.has(t(i)))) i++;
  if (PENDING.has(t(i))) return true;
  if ((t(i) === "under" && t(i + 1) === "way") || (t(i) === "in" && t(i + 1) === "progress")) return true;
  // "is not yet completed", "has not been completed"
  if (t(i) === "not") {
    let j = i + 1;
    while (j < s.to && (FILLERS.has(t(j)) || t(j) === "been")) j++;
    return DONE_WORDS.has(t(j));
  }
  return false;
}
