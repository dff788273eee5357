import type { Token } from "../text/tokens";
import { groupBefore, groupStartingAt, listAfter, type GroupedSentence } from "./groupQueries";
import type { ActorGroup } from "./groups";
import { GENERIC_HEADS } from "./memberLists";

/**
 * Membership of a group that acted: "A was among 127 states that endorsed X", "A is among a
 * handful of countries, including B and C, that have refused to sign". The relative clause's act
 * is the subject's (and the named members'), with the relative clause's own polarity.
 */
const RELATIVES = new Set(["that", "which", "who"]);
const AUXILIARIES = new Set([
  "have",
  "has",
  "had",
  "since",
  "already",
  "also",
  "all",
  "so",
  "far",
  "not",
  "still",
  "yet",
  "never",
  "to",
  "refused",
  "declined",
  "failed",
  "decided",
  "agreed",
  "chose",
  "chosen",
  "opted",
  "pledged",
  "promised",
  "intend",
  "plan",
  "planned",
  "continue",
  "continued",
  "did",
  "do",
  "does",
]);
const AMONG_ADVERBS = new Set(["also", "still", "now", "not"]);
const COUNT_WORDS =
  /^(?:\d+|a|an|handful|of|the|few|only|some|several|dozen|dozens|other|many|first|last|\d+(?:st|nd|rd|th)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|signatory|member|contracting|remaining)$/u;
const COPULAS = new Set(["was", "is", "are", "were", "remains", "remain", "became", "becomes"]);
const INTRODUCERS = new Set(["including", "notably", "namely", "incl"]);

export interface Among {
  subject: ActorGroup;
  /** Members named in the relative's noun phrase ("including B and C"), if any. */
  named: ActorGroup | null;
  /** Token index of the relative pronoun: where the act's own clause starts. */
  relative: number;
}

/** The subject of "… among N states that CUE …" for a cue at `cueFrom`, or null. */
export function amongSubject(s: GroupedSentence, cueFrom: number): Among | null {
  const word = (i: number) => (s.tokens[i] as Token | undefined)?.lower ?? "";
  let i = cueFrom - 1;
  while (i > s.from && AUXILIARIES.has(word(i))) i--;
  if (!RELATIVES.has(word(i))) return null;
  const relative = i;
  i--;
  let named: ActorGroup | null = null;
  if (s.tokens[i]?.text === ",") {
    const g = s.groups.find((x) => x.to === i);
    // "including the Netherlands and Samoa": the introducer may stand before "the".
    const lead = word(g ? g.from - 1 : -1) === "the" ? 1 : 0;
    if (!g || !INTRODUCERS.has(word(g.from - 1 - lead))) return null;
    named = listAfter(s, g);
    i = g.from - 2 - lead;
    if (s.tokens[i]?.text === ",") i--;
  }
  if (!GENERIC_HEADS.has(word(i))) return null;
  i--;
  let words = 0;
  // ("among the Caribbean States that …": a region's adjective, capitalised, as a count.)
  while (i > s.from && word(i) !== "among" && (COUNT_WORDS.test(word(i)) || regionWord(s.tokens[i] as Token)) && words < 5) {
    i--;
    words++;
  }
  if (word(i) !== "among") return null;
  // "… are also among the signatory States that …": an adverb between the copula and "among".
  const copula = COPULAS.has(word(i - 1)) ? i - 1 : COPULAS.has(word(i - 2)) && AMONG_ADVERBS.has(word(i - 1)) ? i - 2 : -1;
  // "Jamaica joins A and B among the Caribbean States that have ratified X": the States it joins are among them, and so is it.
  const joining = joinedAmong(s, i);
  if (joining) return { subject: joining, named, relative };
  if (copula < 0) return invertedAmong(s, i, cueFrom, named, relative);
  const adjacent = s.groups.find((g) => g.to === copula);
  if (adjacent) return { subject: adjacent, named, relative };
  // "Malta participated in … and was among …": the clause's subject, coordinated.
  const joined = ["and", "but", ","].includes(word(copula - 1)) || (word(copula - 1) === "but" && s.tokens[copula - 2]?.text === ",");
  const subject = joined ? (s.groups.find((g) => g.eligible && g.to <= copula) ?? null) : groupBefore(s, copula);
  return subject ? { subject, named, relative } : null;
}

/** A capitalised adjective of a region or group before the head ("Caribbean", "African", "EU"), not a name the lexicon knows. */
function regionWord(t: Token): boolean {
  return t.word && /^\p{Lu}/u.test(t.text) && (t.text.endsWith("an") || t.text.endsWith("ic") || REGION_LEADS.has(t.lower) || /^\p{Lu}{2,4}$/u.test(t.text));
}
/** Words before a region's adjective ("Latin American", "South Asian") or standing for one ("Arab", "Island"). */
const REGION_LEADS = new Set(["latin", "central", "south", "north", "east", "west", "southern", "northern", "eastern", "western", "arab", "island"]);

const JOINS = new Set(["joins", "joined", "join"]);

/** "A joins B and C among …" (with "among" at `among`): A, B and C as one group; null when no such verb comes before. */
function joinedAmong(s: GroupedSentence, among: number): ActorGroup | null {
  const object = s.groups.find((g) => g.to === among);
  if (!object) return null;
  const verb = s.tokens[object.from - 1]?.lower === "the" ? object.from - 2 : object.from - 1;
  if (!JOINS.has(s.tokens[verb]?.lower ?? "")) return null;
  const subject = groupBefore(s, verb);
  return subject ? { ...object, members: [...subject.members, ...object.members] } : object;
}

/** How far after the act the copula of an inverted "Among … was A" may be ("Among the ten States that voted against it was A"). */
const INVERTED_REACH = 16;
const INVERTED_COPULAS = new Set(["was", "were", "are", "is"]);

/**
 * "Among the ten States that voted against it was the United States", "Among those that have ratified X are A and B": the
 * sentence opens with "among", and the copula after the act names the subject; null when it does not.
 */
function invertedAmong(s: GroupedSentence, among: number, cueFrom: number, named: ActorGroup | null, relative: number): Among | null {
  if (among !== s.from && s.tokens[among - 1]?.text !== "," && s.tokens[among - 1]?.text !== ";") return null;
  for (let k = cueFrom + 1; k < s.to && k - cueFrom <= INVERTED_REACH; k++) {
    const t = s.tokens[k] as Token;
    if (t.text === ";" || t.text === "." || t.text === ":") return null;
    if (!INVERTED_COPULAS.has(t.lower)) continue;
    const g = groupStartingAt(s, k + 1, 1);
    return g ? { subject: listAfter(s, g), named, relative } : null;
  }
  return null;
}
