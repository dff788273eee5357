import type { Token } from "../text/tokens";
import { bulletedList, groupStartingAt, listAfter, listStart, startsGroup, type GroupedSentence } from "./groupQueries";
import type { ActorGroup } from "./groups";

/**
 * Lists that name the members of a generic noun phrase. The subject of an act is often a
 * plural noun ("Four States", "the following countries", "several Governments") whose members
 * are listed elsewhere in the clause:
 *  - right after the noun, in brackets: "Four States (A, B and C) signed X";
 *  - right after the noun, after an introducer: "Several States, including A and B, ratified X",
 *    "namely", "notably", "such as", "among them";
 *  - at the end of the clause, after a colon or a dash: "The following States ratified X: A, B",
 *    "Five States have yet to accede to X — A, B and C", or in brackets that close it ("… X (A, B).").
 * The relation is apposition: the list and the noun are one phrase, so the act and its polarity
 * (the verb's, "have yet to accede") are the list's.
 */
export const GENERIC_HEADS = new Set([
  "states",
  "countries",
  "nations",
  "governments",
  "members",
  "delegations",
  "parties",
  "economies",
  "signatories",
  "adherents",
  "others",
]);
/** Nouns of a group of States whose members a list after it names ("a cross-regional group including A, B"). */
export const GROUP_HEADS: ReadonlySet<string> = new Set(["group", "coalition", "alliance"]);
/** The counts a reference to states named before may give, and their values ("the eight States", "All three", "by the two sides"). */
export const COUNT_VALUES: ReadonlyMap<string, number> = new Map(
  ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map((w, i) => [w, i + 2]),
);
/** A count that can stand for the states it counts ("Six have signed …", "Fifteen, most of them …, deposited"). */
export const COUNT_WORD =
  /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|several|many|others|some)$/u;
const INTRODUCERS = new Set(["including", "namely", "notably", "especially", "particularly", "incl", "comprising"]);
/** Two-word introducers: "such as", "among them", "among which", "in particular". */
const INTRODUCER_PAIRS = new Set(["such as", "among them", "among whom", "among which", "in particular"]);
const LIST_MARKS = new Set([":", "-", "–", "—"]);
const CLAUSE_END = new Set([";", ".", "!", "?"]);

/** Words between "The following" and its verb ("The following have since ratified X: A, B"). */
const FOLLOWING_AUXILIARIES = new Set(["have", "has", "had", "also", "then", "since", "subsequently", "later", "all", "each", "further"]);

/**
 * "The following deposited instruments of ratification on 22 April: A, B", "The following have since acceded: C, D": "the
 * following" standing alone as the subject right before its verb (past auxiliaries), whose members the list after names; its
 * index, or -1.
 */
export function followingSubjectIn(s: GroupedSentence, from: number, to: number): number {
  let k = to - 1;
  while (k >= from && FOLLOWING_AUXILIARIES.has((s.tokens[k] as Token).lower)) k--;
  return k > from && (s.tokens[k] as Token).lower === "following" && s.tokens[k - 1]?.lower === "the" ? k : -1;
}

/** The index of a generic plural head in [from, to) not inside an actor group, or -1. */
export function genericHeadIn(s: GroupedSentence, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const t = s.tokens[i] as Token;
    if (GENERIC_HEADS.has(t.lower) && !s.groups.some((g) => g.from <= i && i < g.to)) return i;
  }
  return -1;
}

/**
 * "STATES (A, B)", "STATES, including A and B", "STATES such as A": the list right after the head
 * noun at `head`, or at `at` when a complement comes between ("Endorsing States of X, including A").
 */
export function listNaming(s: GroupedSentence, head: number, at = head + 1): ActorGroup | null {
  const direct = listNamingAt(s, at);
  if (direct || at !== head + 1) return direct;
  // "Several States with such programmes, including A, B": past a short complement of the head, to its comma.
  // ("27 other countries and the European Union, including A, B": a member named with the count, before its list.)
  let also: ActorGroup | undefined;
  for (let k = head + 2; k < Math.min(s.to, head + 2 + MAX_COMPLEMENT); k++) {
    const t = s.tokens[k] as Token;
    const joined = !also && startsGroup(s, k) && (s.tokens[k - 1]?.lower === "and" || (s.tokens[k - 1]?.lower === "the" && s.tokens[k - 2]?.lower === "and"));
    if (joined) {
      also = s.groups.find((g) => g.from === k);
      if (also) {
        k = also.to - 1;
        continue;
      }
    }
    // ("the ten Member States of ASEAN, namely A, B": past the organisation whose members they are.)
    if (startsGroup(s, k) && adjunctOnly(s, k) && s.tokens[s.tokens[k - 1]?.lower === "the" ? k - 2 : k - 1]?.lower === "of") {
      k = (s.groups.find((g) => g.from === k) as ActorGroup).to - 1;
      continue;
    }
    // ("Member States that are not yet Parties - including A, B and C - …": a dash before the introducer, as a comma.)
    const dashed = t.text !== ":" && LIST_MARKS.has(t.text) && INTRODUCERS.has(s.tokens[k + 1]?.lower ?? "");
    if (CLAUSE_END.has(t.text) || startsGroup(s, k) || (LIST_MARKS.has(t.text) && !dashed)) return null;
    if (t.text === "," || dashed) {
      const list = listNamingAt(s, k);
      return list && also ? { ...list, members: [...also.members, ...list.members] } : list;
    }
  }
  return null;
}
/** How many words a head's complement may have before the list that names its members. */
const MAX_COMPLEMENT = 5;

function listNamingAt(s: GroupedSentence, at: number): ActorGroup | null {
  let i = at;
  if (s.tokens[i]?.text === "(") {
    // "15 delegations (A, B)", "(including A and B)".
    const g = groupStartingAt(s, INTRODUCERS.has(s.tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1, 1);
    return g ? listAfter(s, g) : null;
  }
  if (s.tokens[i]?.text === "," || (s.tokens[i]?.text !== ":" && LIST_MARKS.has(s.tokens[i]?.text ?? ""))) i++;
  const word = s.tokens[i]?.lower ?? "";
  let list = -1;
  if (INTRODUCERS.has(word)) list = i + 1;
  else if (INTRODUCER_PAIRS.has(`${word} ${s.tokens[i + 1]?.lower ?? ""}`)) list = i + 2;
  if (list < 0) return null;
  // ("namely: A, B", "i.e. A", "namely, A, B".)
  if (s.tokens[list]?.text === ":" || s.tokens[list]?.text === "." || s.tokens[list]?.text === ",") list++;
  const g = groupStartingAt(s, list, 1);
  return g ? listAfter(s, g) : null;
}

/** "… ratified X: A, B and C", "… X — A, B": a list that closes the clause after a colon or dash at or after `from`. */
/** The group at `i` names no state and follows a preposition: an organisation or a place in an adjunct. */
function adjunctOnly(s: GroupedSentence, i: number): boolean {
  const g = s.groups.find((x) => x.from === i);
  if (!g || g.members.some((m) => m.actor?.kind === "state")) return false;
  const lead = s.tokens[i - 1]?.lower === "the" ? s.tokens[i - 2]?.lower : s.tokens[i - 1]?.lower;
  return lead === "by" || lead === "in" || lead === "of" || lead === "at" || lead === "with";
}

export function trailingList(s: GroupedSentence, from: number): ActorGroup | null {
  for (let i = from; i < s.to; i++) {
    const t = s.tokens[i] as Token;
    if (CLAUSE_END.has(t.text)) return null;
    // (An organisation or a place in an adjunct is no subject of its own: "… at a meeting convened by the Africa CDC in Addis
    // Ababa: A, B and C".)
    if (startsGroup(s, i) && !adjunctOnly(s, i)) return null;
    // "Four States signed X without ratifying it, and six others have not joined it: A, B": the list is the later subject's.
    if (i > from && countedSubjectAt(s, i)) return null;
    // "Several States signed X but have not ratified it, among them A and B": a list after an introducer that closes the clause.
    if (t.text === ",") {
      const named = listNaming(s, i, i);
      if (named) return named;
    }
    if (LIST_MARKS.has(t.text)) {
      const g = groupStartingAt(s, i + 1, 1);
      // (A bulleted list after the colon: "signed without ratifying: - A (signed 2022); - B (signed 2021); - C and D.")
      if (g) return bulletedList(s, g) ?? listAfter(s, g);
    }
    // "Three States ratified X last month (A, B and C).": a bracketed list that closes the clause.
    if (t.text === "(") {
      const g = groupStartingAt(s, i + 1, 1);
      const list = g ? listAfter(s, g) : null;
      if (list && s.tokens[list.to]?.text === ")" && (list.to + 1 >= s.to || CLAUSE_END.has(s.tokens[list.to + 1]?.text ?? ""))) return list;
      if (g) return null;
    }
  }
  return null;
}

/** "six others", "three States", "two more countries": a count and a generic head, which starts another subject. */
function countedSubjectAt(s: GroupedSentence, i: number): boolean {
  if (!COUNT_WORD.test((s.tokens[i] as Token).lower)) return false;
  const next = s.tokens[i + 1]?.lower === "more" || s.tokens[i + 1]?.lower === "other" ? i + 2 : i + 1;
  // ("59 States have signed it and the following 12 have ratified it: A, B": a count with its own verb and no head.)
  // (Not a part of the subject before: "Of the 137 signatories of X, 29 have not yet ratified it, among them A, B" are signatories.)
  const coordinated = COORDINATED_COUNT_LEADS.has(s.tokens[i - 1]?.lower ?? "");
  return GENERIC_HEADS.has(s.tokens[next]?.lower ?? "") || (coordinated && next === i + 1 && COUNT_AUXILIARIES.has(s.tokens[next]?.lower ?? ""));
}
const COORDINATED_COUNT_LEADS = new Set(["following", "and", "but", "while", "whereas"]);
const COUNT_AUXILIARIES = new Set(["have", "has", "had", "are", "were"]);

const NOW_WORDS = new Set(["now", "currently", "already", "still"]);
const COPULA_LIST = new Set(["are", "were", "include", "includes", "included"]);

/** How far a description after a copula may run before the colon or dash that opens its list. */
const MAX_DESCRIPTION = 12;

/**
 * "… are A, B and C", "… include A and B": a list after a plural copula at or after `from`, in the
 * same clause; or after a description of it and a colon or dash ("… include three permanent members
 * of the Security Council – A, B and C – as well as D").
 */
export function copulaList(s: GroupedSentence, from: number): ActorGroup | null {
  for (let i = from; i < Math.min(s.to, from + 14); i++) {
    const t = s.tokens[i] as Token;
    if (CLAUSE_END.has(t.text)) return null;
    if (COPULA_LIST.has(t.lower)) {
      // "Its Contracting States are now A, B": past an adverb of time.
      const at = NOW_WORDS.has(s.tokens[i + 1]?.lower ?? "") ? i + 1 : i;
      const g = groupStartingAt(s, listStart(s, at), 3) ?? describedList(s, at + 1);
      return g ? (bulletedList(s, g) ?? listAfter(s, g)) : null;
    }
  }
  return null;
}

/**
 * The first group after a colon or dash that ends a description starting at `from` (no comma or
 * clause end before it), or null. A name that ends the description ("members of the Security
 * Council – A, B") is grouped with the list the dash opens: the list is the group's members after it.
 */
/** Phrases that add others to a list before it: "in addition to", "besides", "apart from"; their length at `k`, or 0. */
function asideLead(s: GroupedSentence, k: number): number {
  const [a, b, c] = [s.tokens[k]?.lower, s.tokens[k + 1]?.lower, s.tokens[k + 2]?.lower];
  if (a === "in" && b === "addition" && c === "to") return 3;
  if (a === "apart" && b === "from") return 2;
  return a === "besides" ? 1 : 0;
}

export function describedList(s: GroupedSentence, from: number): ActorGroup | null {
  // ("the following African States, in addition to South Africa: A, B": the aside's States did it too.)
  let aside: ActorGroup | undefined;
  for (let i = from; i < Math.min(s.to, from + MAX_DESCRIPTION); i++) {
    const t = s.tokens[i] as Token;
    const lead = t.text === "," && !aside ? asideLead(s, i + 1) : 0;
    if (lead > 0) {
      const g = groupStartingAt(s, i + 1 + lead, 1);
      // (The aside and the list after its colon may be read as one group: "South Africa: A, B and C".)
      const end = g?.members[0]?.to ?? -1;
      if (g && g.members.length > 1 && LIST_MARKS.has(s.tokens[end]?.text ?? "")) return g;
      const after = g ? s.tokens[g.to]?.text : undefined;
      if (g && after !== undefined && (LIST_MARKS.has(after) || after === ",")) {
        aside = g;
        i = after === "," ? g.to : g.to - 1;
        continue;
      }
    }
    if (CLAUSE_END.has(t.text) || t.text === "," || t.text === "(") return null;
    if (LIST_MARKS.has(t.text)) {
      const list = groupStartingAt(s, i + 1, 1);
      return list && aside ? { ...list, members: [...aside.members, ...list.members] } : list;
    }
    const g = s.groups.find((x) => x.from === i);
    if (g) {
      const first = g.members[0];
      const mark = first ? first.to : -1;
      // "the leaders of the six GCC States – A, B": an organisation's name used as an attribute is part of the description.
      // So is a possessive ("six of its member states – A, B").
      if (first && g.members.length === 1 && (first.actor?.kind === "organisation" || first.kind === "possessive") && s.tokens[mark]?.word) {
        i = g.to - 1;
        continue;
      }
      if (!first || first.actor?.kind === "state" || !LIST_MARKS.has(s.tokens[mark]?.text ?? "")) return null;
      const members = g.members.filter((m) => m.from > mark);
      return members.length > 0 ? { ...g, from: mark + 1, members } : null;
    }
  }
  return null;
}
