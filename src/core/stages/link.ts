import type { Token } from "../text/tokens";
import { DENIED_DENIAL, QUESTIONED, WEIGHED } from "./polarity";
import { pendingAct } from "./pendingAct";
import { RECOMMENDING, type CueForm } from "../lexicon/cues";
import type { CueMention } from "./cues";
import { adoption } from "./adoption";
import { agentNoun, pending, relativeParty } from "./agentNouns";
import { inForce } from "./inForce";
import { introducing } from "./introducing";
import { asksInClause, call, welcome } from "./calls";
import { startsGroup } from "./groupQueries";
import { characterisedList, headBefore } from "./characterised";
import { headingList } from "./headings";
import { ellipticAgreement } from "./ellipsis";
import { pairRespectively } from "./respectively";
import { excludedObjects, excludedSubject } from "./exclusions";
import {
  companionsAfterAct,
  coreGroupOf,
  ofThoseThat,
  associationObject,
  contrastedNegation,
  signatoriesOnly,
  coordinatedBy,
  followedIn,
  joinedAsParty,
  followers,
  gappedAgents,
  joiningAfterTheAct,
  openingCompanions,
  precedents,
  rankedAfter,
  underDomesticLaw,
  onPrinciplesOnly,
  ownerOfResolution,
  withoutDepositary,
} from "./draftFilters";
import { relativeAntecedent, UNDONE_WITHDRAWAL, type Draft, type Rule, type Sentence } from "./linkParts";
import { exchangedInstruments, namedParties } from "./namedParties";
import { nominal } from "./nominal";
import { bracketedRecommendation } from "./recommendations";
import { verb } from "./verb";
import { voteResult } from "./voteResults";
import { vote } from "./votes";

export type { Draft, Sentence } from "./linkParts";

/**
 * Linking: for each action cue, who acted and on what, by the first rule (most specific first)
 * that gives a draft. One construction per rule file:
 *  - agentNouns.ts: relative "to which A is a party", agent nouns, "subject to ratification";
 *  - characterised.ts, votes.ts, voteResults.ts: characterised lists, votes, voting-sheet results;
 *  - calls.ts: calls and welcomes; nominal.ts: nominal acts; verb.ts: verbs and passives;
 *  - adoption.ts: adoption by a body the lexicon lacks, or by the body the text speaks of ("was adopted by a recorded vote");
 *  - draftFilters.ts: constructions that extend a draft, and drafts that cannot stand;
 *  - exclusions.ts: names and instruments a done act's clause leaves out ("A, but not C, ratified X");
 *  - ellipsis.ts: another subject doing the same act by ellipsis ("…, as did B", "; B has not");
 *  - respectively.ts: coordinated subjects paired with coordinated verbs ("A and B, respectively, signed and ratified X");
 *  - namedParties.ts: an instrument's parties named in it, for its agentless passive ("the Treaty between A and B was signed").
 */
/** "signed as additional cosponsors", "joined as an observer": the verb takes a role, and the role noun is the act. */
function actsInRole(s: Sentence, cue: CueMention): boolean {
  if (cue.def.form !== "verb" || s.tokens[cue.to]?.lower !== "as") return false;
  const next = s.tokens[cue.to + 1]?.lower ?? "";
  return next !== "well" && next !== "soon" && next !== "of" && next !== "such";
}

const ALL_FORMS: readonly CueForm[] = ["verb", "noun", "deposit", "agent", "call", "welcome", "vote", "pending", "result", "force"];

/** The rules, most specific first, each with the cue forms it reads (each rule checks its cue again). */
const RULES: ReadonlyArray<readonly [Rule, readonly CueForm[]]> = [
  [bracketedRecommendation, ["verb"]],
  [headingList, ["verb", "noun", "agent"]],
  [relativeParty, ALL_FORMS],
  [characterisedList, ["verb", "deposit", "agent"]],
  [voteResult, ["result"]],
  [vote, ["vote"]],
  [call, ["call"]],
  [welcome, ["welcome"]],
  [pending, ["pending"]],
  [pendingAct, ["noun"]],
  [namedParties, ["verb", "noun", "deposit"]],
  [exchangedInstruments, ["deposit"]],
  [nominal, ["noun", "deposit"]],
  [agentNoun, ["agent"]],
  [inForce, ["force"]],
  [adoption, ["verb"]],
  [introducing, ["verb"]],
  [verb, ["verb"]],
];

/** The rules that read each cue form, in order: a cue is tried by these alone. */
const RULES_BY_FORM = new Map<CueForm, readonly Rule[]>(
  ALL_FORMS.map((form) => [form, RULES.filter(([, forms]) => forms.includes(form)).map(([rule]) => rule)]),
);

/** Where a call's clause ends: a semicolon, or a comma before a participle of speech or a contrast ("…, noting that", "…, while"). */
function callClauseEnd(s: Sentence, from: number): number {
  for (let k = from; k < s.to; k++) {
    const t = s.tokens[k] as Token;
    if (t.text === ";") return k;
    if (t.text === "," && CLAUSE_AFTER_CALL.has(s.tokens[k + 1]?.lower ?? "")) return k;
    // "called on A to ratify X, which Armenia signed in 2009 but has yet to ratify": a relative clause with a subject of its own
    // states that subject's acts.
    if (t.text === "," && RELATIVES.has(s.tokens[k + 1]?.lower ?? "") && startsGroup(s, k + 2)) return k;
  }
  return s.to;
}
const RELATIVES = new Set(["which", "whom"]);
const CLAUSE_AFTER_CALL = new Set(["noting", "adding", "recalling", "observing", "pointing", "stressing", "while", "whereas", "although"]);

/** 'described A as having "signed" X': an act word in quotation marks of its own is someone else's word for what was done, no act of record. */
function scareQuoted(s: Sentence, cue: CueMention): boolean {
  return s.tokens[cue.from - 1]?.text === '"' && s.tokens[cue.to]?.text === '"' && cue.from - 1 >= s.from && cue.to < s.to;
}

export function linkSentence(s: Sentence): Draft[] {
  const drafts: Draft[] = [];
  // Cues consumed by a call ("urged X to sign and ratify Y") belong to the caller.
  let consumed: Set<CueMention> | null = null;
  for (let index = 0; index < s.cues.length; index++) {
    const cue = s.cues[index] as CueMention;
    if (consumed?.has(cue) || actsInRole(s, cue) || scareQuoted(s, cue)) continue;
    let called = false;
    for (const rule of RULES_BY_FORM.get(cue.def.form) ?? []) {
      const made = rule(s, cue, index, drafts);
      const d = made && !onPrinciplesOnly(s, made) ? underDomesticLaw(s, made) : null;
      if (made && !d) {
        called = true;
        break;
      }
      if (d) {
        if (d.polarityBy !== UNDONE_WITHDRAWAL && d.polarityBy !== DENIED_DENIAL && d.polarityBy !== QUESTIONED && d.polarityBy !== WEIGHED) drafts.push(d);
        called = true;
        break;
      }
    }
    // (A recommendation that asks no act of joining is no call, and takes no act from its clause: "The Committee recommends that:
    // (a) Malawi deposit its instrument of accession to X".)
    // (A mandative clause asks its subject the act, whoever recommends it: "AI, HRW and JS3 recommended that Nepal ratify X".)
    if (cue.def.form === "call" && (called || !RECOMMENDING.has((s.tokens[cue.from] as Token).lower) || asksInClause(s, cue.to))) {
      // An addressee's own act in a relative clause ("urged A, which ratified X in 2014, to sign Y") is not the call's.
      // Nor is one after the call's clause ends ("called on X to ratify Y, noting that A ratified it in 2013", "…; B has signed").
      const end = callClauseEnd(s, cue.to);
      for (const later of s.cues)
        // (Not the act a relative clause says the addressees did not do, whose list names them: "calls on every country that has not
        // yet ratified X, including A and B, to do so".)
        if (
          later.from > cue.from &&
          later.from < end &&
          later.def.form !== "call" &&
          !relativeAntecedent(s, later.from, true) &&
          !(headBefore(s, later) >= 0 && namedAfter(s, later.to, end))
        )
          (consumed ??= new Set()).add(later);
    }
  }
  let kept: Draft[] = [];
  for (const d of drafts) {
    const followed = followedIn(s, joinedAsParty(s, d));
    const associated = followed && !consumed?.has(d.cue) && !joiningAfterTheAct(s, d, drafts) ? associationObject(s, followed) : null;
    if (associated) kept.push(associated);
  }
  kept = pairRespectively(s, kept);
  // The kept drafts, then the drafts the extending constructions add to each, in that order; each without its depositary.
  const out: Draft[] = [];
  for (const d of kept) pushWithoutDepositary(out, d);
  for (const d of kept) {
    const precedent = precedents(s, d) ?? openingCompanions(s, d);
    if (precedent) pushWithoutDepositary(out, precedent);
    const followed = followers(s, d) ?? rankedAfter(s, d);
    if (followed) pushWithoutDepositary(out, followed);
    for (const e of gappedAgents(s, d)) pushWithoutDepositary(out, e);
    const companions = companionsAfterAct(s, d);
    if (companions) pushWithoutDepositary(out, companions);
    const core = coreGroupOf(s, d);
    if (core) pushWithoutDepositary(out, core);
    const opening = ofThoseThat(s, d);
    if (opening) pushWithoutDepositary(out, opening);
    if (d.rule === "nominal-by") for (const e of coordinatedBy(s, d)) pushWithoutDepositary(out, e);
    const negated = contrastedNegation(s, d) ?? signatoriesOnly(s, d);
    if (negated) pushWithoutDepositary(out, negated);
    const excluded = excludedSubject(s, d) ?? excludedObjects(s, d);
    if (excluded) pushWithoutDepositary(out, excluded);
    const elliptic = ellipticAgreement(s, d);
    if (elliptic) pushWithoutDepositary(out, elliptic);
    const owned = ownerOfResolution(s, d);
    if (owned) pushWithoutDepositary(out, owned);
  }
  return out;
}

/** Whether a list introduced by "including" or "such as" names actors between `from` and `to`. */
function namedAfter(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = (s.tokens[k] as Token).lower;
    if ((w === "including" || (w === "such" && s.tokens[k + 1]?.lower === "as")) && s.groups.some((g) => g.from > k && g.from <= k + 3)) return true;
  }
  return false;
}

function pushWithoutDepositary(out: Draft[], d: Draft): void {
  const kept = withoutDepositary(d);
  if (kept) out.push(kept);
}
