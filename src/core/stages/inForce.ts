import { groupStartingAt, listAfter } from "./groupQueries";
import type { ActorGroup } from "./groups";
import { draft, type Rule, type Sentence } from "./linkParts";

/**
 * "The Convention is in force for A, B and C", "It has been in force in thirteen Member States, including A and B", "X is not yet in
 * force for D": a treaty in force for a State binds it, so the State is a party (what the treaty's entry into force needed was the
 * State's consent, given before). The instrument is the clause's subject, the first named before the phrase (or the text's topic
 * for "It"); the States are the list after it. No date: a day the treaty entered into force for a State is not the day it acted
 * (attachDates.ts).
 */
export const inForce: Rule = (s, cue) => {
  if (cue.def.form !== "force") return null;
  // ("in force for" as a predicate: "is", "has been", "remains", "is now", "is not yet" …, not "the entry into force for A of …".)
  let k = cue.from - 1;
  let copula = false;
  for (; k > s.from; k--) {
    const lower = s.tokens[k]?.lower ?? "";
    if (PREDICATE_COPULAS.has(lower)) copula = true;
    else if (!STATUS_FILLERS.has(lower)) break;
  }
  if (!copula) return null;
  const list = statesAfter(s, cue.to);
  if (!list) return null;
  // (The subject names the instrument, or is "It" for the text's: "The law remains in force in Chile" names none.)
  const subject = s.instruments.find((m) => m.to <= k + 1);
  if (!subject && !(k === s.from && IT.has(s.tokens[k]?.lower ?? ""))) return null;
  return draft(s, cue, "in-force", list, subject ? [subject] : [], !subject, s.from);
};

/** A pronoun subject that stands for the text's instrument. */
const IT = new Set(["it", "this"]);
/** The predicate's copulas ("is in force for", "has been in force in", "remains in force for"). */
const PREDICATE_COPULAS = new Set(["is", "are", "was", "were", "been", "remains", "remained", "be"]);
/** Words between the copula and "in force" ("is now in force for", "is not yet in force for", "has already been in force in"). */
const STATUS_FILLERS = new Set([
  "now",
  "not",
  "yet",
  "already",
  "still",
  "also",
  "currently",
  "only",
  "thus",
  "therefore",
  "today",
  "has",
  "have",
  "had",
  "will",
  "would",
]);
/** Words that open the named members of a counted set: "in thirteen States, including A and B", "in 20 countries, among them C". */
const MEMBER_LEADS = new Set(["including", "among", "notably", "namely"]);
/** How far after the phrase a counted set's member list may open. */
const COUNT_REACH = 6;

/** The States the phrase is in force for: a list right after it, or the members named after a count ("thirteen States, including A"). */
function statesAfter(s: Sentence, at: number): ActorGroup | null {
  const first = groupStartingAt(s, at, 1);
  if (first) return listAfter(s, first);
  for (let i = at; i < Math.min(s.to, at + COUNT_REACH); i++) {
    const lower = s.tokens[i]?.lower ?? "";
    if (!MEMBER_LEADS.has(lower)) continue;
    const g = groupStartingAt(s, lower === "among" && s.tokens[i + 1]?.lower === "them" ? i + 2 : i + 1, 1);
    return g ? listAfter(s, g) : null;
  }
  return null;
}
