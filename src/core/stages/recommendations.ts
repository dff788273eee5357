import type { Token } from "../text/tokens";
import type { ActorMention } from "./actors";
import type { ActorGroup } from "./groups";
import { draft, objectsAfter, redraft, type Rule, type Sentence } from "./linkParts";

/**
 * A review's list of recommendations: each an imperative ("Ratify X", "Accede to Y and its Protocol", "Consider ratifying Z") with
 * the States that made it in brackets after it ("87.1 Ratify X (Portugal) (Spain) (Ecuador);", "(Sierra Leone, Brazil)") or in the
 * next cell of its table row ("| 117.1 | Ratify X | Portugal, Spain | Implemented |"). Each recommending State calls for the texts
 * the imperative asks the State under review to join: its `called-for`. The State under review gets nothing from the list (what
 * it says of a recommendation, "supported", "noted", is its own statement).
 */

/** Acts a recommendation asks the State under review to do. */
const ASKED_ACTS = new Set(["ratified", "acceded", "signed", "party"]);
/** Imperatives that ask a step towards the act named after them: "Consider ratifying X", "Expedite acceding to Y". */
const TOWARDS = new Set(["Consider", "Expedite", "Accelerate", "Finalize", "Finalise", "Complete"]);
/** Words of imperatives coordinated before the cue's: "Sign and ratify X", "Sign, ratify and accede to Y". */
const COORDINATED = new Set(["sign", "ratify", "accede", "and", ","]);
/** Tokens of a recommendation's number or bullet before its imperative: "87.1", "115.10", "(a)", "-", a table row's "|". */
const NUMBERING = /^(?:\d+|[ivx]+|[a-z.)(|•*–—-])$/u;
/** Punctuation after a recommendation's brackets: "(Spain);", "(Chile).". */
const CLOSING = new Set([";", ".", ","]);

export const bracketedRecommendation: Rule = (s, cue) => {
  if (cue.def.form !== "verb" || !ASKED_ACTS.has(cue.def.action) || !imperativeOpening(s, cue.from)) return null;
  const end = cellEnd(s, cue.to);
  // (Only the texts the imperative asks to join, not another imperative's: "Ratify X, and withdraw the declaration made upon
  // signature of the Escazú Agreement (Norway)".)
  const objects = objectsAfter(s, cue.to, end).filter((m) => m.from < nextImperative(s, cue.to, end));
  const first = objects[0];
  if (!first) return null;
  const last = objects[objects.length - 1] as (typeof objects)[number];
  const recommenders = bracketsBefore(s, end, last.to) ?? nextCell(s, end);
  if (!recommenders) return null;
  const d = draft(s, cue, "recommended-by", recommenders, objects, false, recommenders.from);
  return redraft(d, { action: "called-for", polarity: "affirmed", polarityBy: null });
};

/** Whether the cue at `at` is an imperative that opens its sentence, past a number or a bullet ("87.1 Ratify", "(b) Consider ratifying"). */
function imperativeOpening(s: Sentence, at: number): boolean {
  let k = s.from;
  while (k < at && NUMBERING.test((s.tokens[k] as Token).text)) k++;
  if (k === at) return isImperative(s.tokens[at] as Token);
  // "Consider ratifying X", "Sign and ratify X".
  const w = s.tokens[k] as Token;
  if (TOWARDS.has(w.text)) return k === at - 1;
  if (!isImperative(w)) return false;
  for (let j = k; j < at; j++) if (!COORDINATED.has((s.tokens[j] as Token).lower)) return false;
  return true;
}

/** A capitalised verb in its plain form: "Ratify", "Accede", "Sign" (not "Ratified", "Signing"). */
function isImperative(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/(?:ed|ing|s)$/u.test(t.lower);
}

/** Words that may follow "and" inside one imperative's objects ("Accede to the ICCPR and the ICESCR", "X and its Protocol"). */
const OBJECT_LINKS = new Set(["the", "its", "their", "to", "all", "both", "other"]);

/** Where another imperative coordinated after the first starts (", and withdraw …"), or `end`. */
function nextImperative(s: Sentence, from: number, end: number): number {
  for (let k = from; k + 1 < end; k++) {
    const t = s.tokens[k] as Token;
    if (t.lower !== "and" && t.text !== ",") continue;
    const next = s.tokens[k + 1] as Token;
    if (
      next.word &&
      next.text === next.lower &&
      !OBJECT_LINKS.has(next.lower) &&
      next.lower !== "and" &&
      !s.instruments.some((m) => m.from <= k + 1 && k + 1 < m.to)
    )
      return k;
  }
  return end;
}

/** Where the cue's table cell ends (the next "|"), or the sentence's end. */
function cellEnd(s: Sentence, from: number): number {
  for (let k = from; k < s.to; k++) if ((s.tokens[k] as Token).text === "|") return k;
  return s.to;
}

/**
 * The recommending States in brackets at the end of the recommendation, before `end` and after its last object: "(Portugal)
 * (Spain) (Ecuador)", "(Sierra Leone, Brazil)"; null when it does not end in brackets that each hold only States.
 */
function bracketsBefore(s: Sentence, end: number, after: number): ActorGroup | null {
  let k = end - 1;
  while (k > after && CLOSING.has((s.tokens[k] as Token).text)) k--;
  const members: ActorMention[] = [];
  let from = -1;
  while (k > after && (s.tokens[k] as Token).text === ")") {
    const g = s.groups.find((x) => x.to === k && s.tokens[x.from - 1]?.text === "(");
    if (!g || !g.members.every((m) => m.kind === "named" && m.actor?.kind === "state")) break;
    members.unshift(...g.members);
    from = g.from;
    k = g.from - 2;
  }
  return members.length > 0 ? { from, to: end, members, eligible: true } : null;
}

/** The States in the table cell after the recommendation's ("| Ratify X | Portugal, Spain | Implemented |"), or null. */
function nextCell(s: Sentence, end: number): ActorGroup | null {
  if (s.tokens[end]?.text !== "|") return null;
  const g = s.groups.find((x) => x.from === end + 1);
  if (!g || s.tokens[g.to]?.text !== "|" || !g.members.every((m) => m.kind === "named" && m.actor?.kind === "state")) return null;
  return g;
}
