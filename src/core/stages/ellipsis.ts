import { isDateWord } from "./dates";
import type { Token } from "../text/tokens";
import type { InstrumentMention } from "./instruments";
import { groupStartingAt, listAfter } from "./groupQueries";
import type { ActorGroup } from "./groups";
import { describedList } from "./memberLists";
import { type Draft, redraft, type Sentence } from "./linkParts";

/**
 * Another subject does the same act by ellipsis, after the act's clause:
 *  - agreement: "A ratified X, as did B (in 2016)", "…, and so did B", "…, and B did too", "…, and B followed (suit) in 2016";
 *  - negated agreement: "A has not ratified X, and neither has B", "…, nor has B";
 *  - contrast after a semicolon: "A ratified X; B has not" (the comma forms are contrastedNegation's).
 * The new draft's cue is the elliptic auxiliary, so that B's own date ("as did B in 2016") is its date.
 */
const AUXILIARIES = new Set(["did", "does", "do", "has", "have", "had", "is", "are", "was", "were"]);
const NEGATED_LEADS = new Set(["neither", "nor"]);
const ACT_RULES = new Set(["verb", "verb-chain", "possessive", "deposit-subject", "signed-instrument", "completed-act"]);
/** Votes: their "negated" is the way a state voted (against, abstaining), which "as did B" shares. */
const VOTE_RULES = new Set(["vote-verb", "vote-list", "vote-relative", "vote-coordinated"]);
/** What may follow the elliptic clause: its end, or an adjunct of time. */
const CLAUSE_AFTER = new Set([
  ".",
  ";",
  ",",
  ")",
  "in",
  "on",
  "at",
  "around",
  "shortly",
  "soon",
  "within",
  "last",
  "this",
  "that",
  "earlier",
  "later",
  "too",
  "as",
  "also",
  "yesterday",
  "today",
  // ("…, as do Japan and Ukraine outside the Union": a place adjunct.)
  "outside",
  "beyond",
]);

/** The index of the first token after the act's clause (its last object, or its cue), and the punctuation there. */
function clauseEnd(d: Draft): number {
  const last = d.instruments[d.instruments.length - 1] as InstrumentMention | undefined;
  return last ? Math.max(d.cue.to, last.to) : d.cue.to;
}

function endsClause(s: Sentence, at: number): boolean {
  return at >= s.to || CLAUSE_AFTER.has((s.tokens[at] as Token).lower);
}

/** "A ratified X, as did B", "…, and so did B", "…, and neither has B": B did (or did not) the same act. */
export function ellipticAgreement(s: Sentence, d: Draft): Draft | null {
  const vote = VOTE_RULES.has(d.rule);
  if ((!ACT_RULES.has(d.rule) && !vote) || d.polarity === "planned") return null;
  let at = clauseEnd(d);
  // Skip the act's own adjuncts ("in 2014") up to the comma or semicolon that ends its clause.
  while (at < s.to && at - clauseEnd(d) < ADJUNCT_REACH && s.tokens[at]?.text !== "," && s.tokens[at]?.text !== ";") {
    if (s.cues.some((c) => c.from === at)) return null;
    at++;
  }
  // (Past a date set off by commas: "was the first to ratify it, on 29 September 1998, and B followed".)
  if (s.tokens[at]?.text === ",") at = pastDateAdjunct(s, at);
  const mark = s.tokens[at]?.text;
  if (mark !== "," && mark !== ";") return vote ? null : didSo(s, d);
  let i = at + 1;
  const w = (k: number) => s.tokens[k]?.lower ?? "";
  let negatedLead = false;
  // "A and B voted for it, as they had for resolutions X and Y": the same agents did the same act on the texts named after.
  if (w(i) === "as" && PRONOUNS.has(w(i + 1)) && AUXILIARIES.has(w(i + 2)) && OBJECT_LEADS.has(w(i + 3))) return sameActOn(s, d, i + 2, i + 4);
  if (w(i) === "as" && AUXILIARIES.has(w(i + 1))) i += 1;
  else if (w(i) === "and" && w(i + 1) === "so" && AUXILIARIES.has(w(i + 2))) i += 2;
  else if (w(i) === "and" && NEGATED_LEADS.has(w(i + 1)) && AUXILIARIES.has(w(i + 2))) {
    i += 2;
    negatedLead = true;
  } else if (NEGATED_LEADS.has(w(i)) && AUXILIARIES.has(w(i + 1))) {
    i += 1;
    negatedLead = true;
  } else if (vote) return null;
  else return didSo(s, d) ?? (mark === ";" ? semicolonContrast(s, d, at + 1) : followedBy(s, d, w(i) === "and" ? i + 1 : i)); // ("…, B followed in 2015" without "and" too)
  // The negated form agrees only with a negated act, the plain one only with a done act (a vote, whichever way, only with the plain).
  if (vote ? negatedLead : negatedLead !== (d.polarity === "negated")) return null;
  const aux = i;
  // ("…, as did the other eleven participating countries: A, B and C": the list its description opens.)
  const g = groupStartingAt(s, aux + 1, 1) ?? listed(s, describedList(s, aux + 1));
  if (!g || !endsClause(s, g.to)) return null;
  return redraft(d, { cue: { from: aux, to: aux + 1, def: d.cue.def }, agents: g.members, agentFrom: g.from, rule: "ellipsis" });
}

/** How far the act's own adjuncts may run before the comma that ends its clause ("in Auckland on 4 February 2016"). */
const ADJUNCT_REACH = 10;

function listed(s: Sentence, g: ActorGroup | null): ActorGroup | null {
  return g ? listAfter(s, g) : null;
}

/** ", on 29 September 1998," at the comma `at`: the comma that closes the date, else `at`. */
function pastDateAdjunct(s: Sentence, at: number): number {
  const lead = s.tokens[at + 1]?.lower;
  if (lead !== "on" && lead !== "in") return at;
  let k = at + 2;
  while (k < s.to && k - at <= 6 && isDateWord((s.tokens[k] as Token).lower)) k++;
  return k > at + 2 && s.tokens[k]?.text === "," ? k : at;
}

const PRONOUNS = new Set(["they", "it", "we", "he", "she"]);
const OBJECT_LEADS = new Set(["for", "with", "on", "to"]);

/** "…, as they had for X and Y": the draft's act and agents on the instruments from `from` to the clause's end. */
function sameActOn(s: Sentence, d: Draft, aux: number, from: number): Draft | null {
  let end = from;
  while (end < s.to && !CLAUSE_MARKS_AFTER.has((s.tokens[end] as Token).text)) end++;
  const objects = s.instruments.filter((m) => m.from >= from && m.from < end && m.text);
  if (objects.length === 0) return null;
  return redraft(d, { cue: { from: aux, to: aux + 1, def: d.cue.def }, instruments: objects, topical: false, rule: "ellipsis" });
}
const CLAUSE_MARKS_AFTER = new Set([",", ";", "."]);

const DO_AUXILIARIES = new Set(["did", "has", "have", "had"]);
const DID_SO_LEADS = new Set(["and", "but", "while", "whereas", ",", ";"]);
/** How far after the act's clause "and B did so" may start (past the act's own adjuncts: "in 2003"). */
const DID_SO_REACH = 8;

/**
 * "A acceded to X in 2003 and B did so in 2014", "…, and B and C did so too", "…; B did the same in 2014": B did the same act.
 * Only after a done act; the new draft's cue is the auxiliary, so that B's own date is its date.
 */
function didSo(s: Sentence, d: Draft): Draft | null {
  if (d.polarity !== "affirmed") return null;
  const from = clauseEnd(d);
  for (let k = from; k < Math.min(s.to, from + DID_SO_REACH); k++) {
    const t = s.tokens[k] as Token;
    if (s.cues.some((c) => c.from === k)) return null;
    if (!DID_SO_LEADS.has(t.lower)) continue;
    const g = groupStartingAt(s, k + 1, 1);
    if (!g) continue;
    const aux = s.tokens[g.to];
    if (!aux || !DO_AUXILIARIES.has(aux.lower)) continue;
    // "B did so", "B has done so", "B did the same"; negated: "B has not (yet) done so", "B did not do so", "B has yet to do so".
    let j = g.to + 1;
    const w = (i: number) => s.tokens[i]?.lower ?? "";
    let negated = false;
    if (w(j) === "not") {
      negated = true;
      j++;
      if (w(j) === "yet") j++;
    } else if (w(j) === "yet" && w(j + 1) === "to") {
      negated = true;
      j += 2;
    }
    if (w(j) === "done" || w(j) === "do") j++;
    const same = w(j) === "so" || w(j) === "likewise" || (w(j) === "the" && w(j + 1) === "same");
    if (!same) continue;
    const drafted = redraft(d, { cue: { from: g.to, to: g.to + 1, def: d.cue.def }, agents: g.members, agentFrom: g.from, rule: "ellipsis" });
    return negated ? redraft(drafted, { polarity: "negated", polarityBy: "not", rule: "contrast-ellipsis" }) : drafted;
  }
  return null;
}

/** Words between the followers and "followed": "…, and B and C all followed". */
const FOLLOWER_ADVERBS = new Set(["all", "also", "soon", "quickly", "both"]);

/** "A ratified X in 2014, and B followed (suit) in 2016", "…, and B, C and D all followed last year": B did the same act. */
function followedBy(s: Sentence, d: Draft, from: number): Draft | null {
  if (from < 0 || d.polarity !== "affirmed") return null;
  const g = groupStartingAt(s, from, 1);
  if (!g) return null;
  let k = g.to;
  while (FOLLOWER_ADVERBS.has(s.tokens[k]?.lower ?? "")) k++;
  if (s.tokens[k]?.lower !== "followed") return null;
  const verb = k;
  if (s.tokens[k + 1]?.lower === "suit") k++;
  if (!endsClause(s, k + 1)) return null;
  return redraft(d, { cue: { from: verb, to: k + 1, def: d.cue.def }, agents: g.members, agentFrom: g.from, rule: "ellipsis" });
}

/** "A ratified X; B has not (yet)": B did not do the act. */
function semicolonContrast(s: Sentence, d: Draft, from: number): Draft | null {
  if (d.polarity !== "affirmed") return null;
  const g = groupStartingAt(s, from, 1);
  if (!g || !AUXILIARIES.has(s.tokens[g.to]?.lower ?? "")) return null;
  let i = g.to + 1;
  if (s.tokens[i]?.lower !== "not" && s.tokens[i]?.lower !== "n't") return null;
  i++;
  if (s.tokens[i]?.lower === "yet") i++;
  if (i < s.to && ![".", ";", ","].includes(s.tokens[i]?.text ?? "")) return null;
  return redraft(d, { agents: g.members, agentFrom: g.from, polarity: "negated", polarityBy: "not", rule: "contrast-ellipsis" });
}
