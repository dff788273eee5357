import { BULLETS, type Token } from "../text/tokens";
import { isDateWord } from "./dates";
import { bracketedDateEnd, verbAt, type ActorGroup } from "./groups";

/**
 * Where the actor groups of a sentence stand relative to a token: the group before it, the group
 * starting right after it, and a list that runs on across names the lexicon lacks. The linker's
 * rules and the list constructions ask these questions; the answers depend only on the groups.
 */
export interface GroupedSentence {
  tokens: readonly Token[];
  from: number;
  to: number;
  groups: ActorGroup[];
}

/** Tokens allowed between a position and the group that starts right after it. */
const GROUP_LEAD = new Set(["the", ":", "(", "-", "–", "—", "both", "by", "from", "\n"]);
const SEPARATOR_WORDS = new Set(["and", "the", "as", "well", "or", "both"]);

/** How far back a relative clause set off by commas may open. */
const RELATIVE_REACH = 20;
/** What opens a relative clause set off by a comma: ", which", ", who", ", whose". */
export const RELATIVE_OPENERS = new Set(["which", "who", "whose"]);

/** "A, which had proposed its own text, …": the comma that opens the relative clause the comma at `comma` closes, or -1. */
export function relativeOpening(s: GroupedSentence, comma: number): number {
  for (let i = comma - 1; i > s.from && i >= comma - RELATIVE_REACH; i--) {
    const t = s.tokens[i] as Token;
    if (t.text === ";" || t.text === "." || t.text === ":") return -1;
    if (t.text === "," && RELATIVE_OPENERS.has(s.tokens[i + 1]?.lower ?? "")) return i;
  }
  return -1;
}

/** The last group that ends at or before `tokenIndex` (an eligible subject unless `eligibleOnly` is false). */
export function groupBefore(s: GroupedSentence, tokenIndex: number, eligibleOnly = true): ActorGroup | null {
  let best: ActorGroup | null = null;
  for (const g of s.groups) if (g.to <= tokenIndex && (!eligibleOnly || g.eligible)) best = g;
  return best;
}

export function startsGroup(s: GroupedSentence, tokenIndex: number): boolean {
  for (const g of s.groups) if (g.from === tokenIndex) return true;
  return false;
}

/** The group that starts at `tokenIndex`, or within `slack` lead words ("the", "by", a colon). */
export function groupStartingAt(s: GroupedSentence, tokenIndex: number, slack = 3): ActorGroup | null {
  for (const g of s.groups) {
    if (g.from >= tokenIndex && g.from - tokenIndex <= slack) {
      let ok = true;
      for (let i = tokenIndex; i < g.from; i++) ok = ok && GROUP_LEAD.has((s.tokens[i] as Token).lower);
      if (ok) return g;
    }
  }
  return null;
}

/** Where a list starts after the word at `at`: past ", among others," ("were, among others, A, B", "co-sponsored by, among others, A") or "those of". */
export function listStart(s: GroupedSentence, at: number): number {
  const t = s.tokens;
  if (t[at + 1]?.lower === "those" && t[at + 2]?.lower === "of") return at + 3; // "Abstentions were those of A and B"
  // "were, among others, A, B" / "were, among others: A, B".
  return t[at + 1]?.text === "," && t[at + 2]?.lower === "among" && t[at + 3]?.lower === "others" && (t[at + 4]?.text === "," || t[at + 4]?.text === ":")
    ? at + 5
    : at + 1;
}

/** Past a row's dot leaders at `at` ("Uruguay ........ 18 November 2016": three full stops or more), else `at`. */
export function pastLeaders(tokens: readonly Token[], at: number): number {
  let k = at;
  while (tokens[k]?.text === ".") k++;
  return k - at >= 3 ? k : at;
}

/** After a member at `at`: ", in November 2022" / ", on 3 May 2021" (up to the next comma) is its date; where the list goes on. */
function datedMemberEnd(tokens: readonly Token[], at: number): number {
  // "followed by Ghana in 2020, Guinea-Bissau and Togo in 2021, …": a member's date right after it, then the list's comma.
  if ((tokens[at]?.lower === "in" || tokens[at]?.lower === "on") && isDateWord(tokens[at + 1]?.lower ?? "")) {
    let k = at + 1;
    while (k < at + 5 && isDateWord(tokens[k]?.lower ?? "")) k++;
    if (tokens[k]?.text === "," || tokens[k]?.lower === "and") return k;
  }
  // "Uruguay ........ 18 November 2016 ¶ Costa Rica ........ 12 December 2016": a row's dot leaders, then its date.
  const dateFrom = pastLeaders(tokens, at);
  if (dateFrom > at) {
    let k = dateFrom;
    while (k < dateFrom + 5 && isDateWord(tokens[k]?.lower ?? "")) k++;
    if (k > dateFrom) return k;
  }
  // "- Uruguay, 18 November 2016 ¶ - Costa Rica, …", "- Uruguay (18 November 2016) ¶ - Costa Rica": a bulleted item's own date,
  // then the next item's bullet (or the semicolon that ends the item).
  // ("- Uruguay: 18 November 2016 ¶ - Costa Rica: …", a date after the item's colon.)
  if (tokens[at]?.text === "," || tokens[at]?.text === "(" || tokens[at]?.text === ":") {
    // ("A and B (both 1 October); C (29 October)": a date the members before share.)
    let k = tokens[at]?.text === "(" && (tokens[at + 1]?.lower === "both" || tokens[at + 1]?.lower === "all") ? at + 2 : at + 1;
    const first = k;
    while (k < first + 5 && isDateWord(tokens[k]?.lower ?? "")) k++;
    if (tokens[at]?.text === "(" && tokens[k]?.text === ")") k++;
    if (k > first && (BULLETS.has(tokens[k]?.text ?? "") || tokens[k]?.text === ";")) return k;
  }
  if (tokens[at]?.text !== "," || (tokens[at + 1]?.lower !== "in" && tokens[at + 1]?.lower !== "on")) return at;
  let k = at + 2;
  while (k < at + 6 && (isDateWord(tokens[k]?.lower ?? "") || tokens[k]?.lower === "early" || tokens[k]?.lower === "late")) k++;
  return k > at + 2 && tokens[k]?.text === "," ? k : at;
}

/** ", which/who … , as well as" (at most a dozen tokens): an aside about the member before, after which the list goes on. */
function relativeAside(all: readonly Token[]): boolean {
  const between = all[all.length - 1]?.lower === "the" ? all.slice(0, -1) : all; // "…, as well as the Philippines"
  const n = between.length;
  if (n < 7 || n > 14 || between[0]?.text !== "," || !/^(?:which|who)$/u.test(between[1]?.lower ?? "")) return false;
  const tail = between.slice(n - 4).map((t) => t.lower);
  // (Or ", and": "Kenya, which ratified in 2013, and Chile".)
  const and = tail[2] === "," && tail[3] === "and";
  const inner = between.slice(2, and ? n - 2 : n - 4);
  return ((tail[0] === "," && tail[1] === "as" && tail[2] === "well" && tail[3] === "as") || and) && !inner.some((t) => t.text === "," || t.text === ";");
}

/** How many tokens a bulleted item may run past its first group before its semicolon ("- Ireland, as convenor;"). */
const ITEM_TAIL = 12;

/**
 * "were: - Ireland, as convenor; - the United States, France and Germany; - Chile and Ghana.": the states of every bulleted item
 * of a list whose first item starts at `first` (after a bullet), each item's first group (its own words after it, "as convenor",
 * "(signed 11 November 2014)", are no members); items end at a semicolon or full stop, or at the line's end when the next line
 * opens with a bullet; null when `first` opens no bulleted item or only one.
 */
export function bulletedList(s: GroupedSentence, first: ActorGroup): ActorGroup | null {
  const lead = s.tokens[first.from - 1]?.lower === "the" ? first.from - 2 : first.from - 1;
  if (!BULLETS.has(s.tokens[lead]?.text ?? "")) return null;
  const members = [...listAfter(s, first).members];
  let to = first.to;
  let items = 1;
  for (let k = to; k < s.to; k++) {
    const t = s.tokens[k] as Token;
    // (An item of a name alone, or with a bracketed aside, may end at its line's end: "- China (signed 11 November 2014) ¶ - Germany
    // (signed …)"; not one with words of its own, "- Gabon: ratification deposited 3 February 2022", a tracker's line.)
    const lineBullet = k > to && t.wrapped && BULLETS.has(t.text) && bracketedOnly(s.tokens, to, k);
    if (t.text !== ";" && t.text !== "." && !lineBullet) {
      if (k - to > ITEM_TAIL) break;
      continue;
    }
    if (!lineBullet && !BULLETS.has(s.tokens[k + 1]?.text ?? "")) break;
    const next = groupStartingAt(s, lineBullet ? k + 1 : k + 2, 1);
    if (!next) break;
    const item = listAfter(s, next);
    members.push(...item.members);
    to = item.to;
    k = item.to - 1;
    items++;
  }
  return items > 1 ? { ...first, to, members } : null;
}

/** The tokens in [from, to) are none, or one bracketed aside: "(signed 11 November 2014)". */
function bracketedOnly(tokens: readonly Token[], from: number, to: number): boolean {
  return (
    from === to || (tokens[from]?.text === "(" && tokens[to - 1]?.text === ")" && !tokens.slice(from + 1, to - 1).some((t) => t.text === "(" || t.text === ")"))
  );
}

/**
 * "- Europe (10):", "- Asia and the Pacific:": a new bulleted line that opens with a label in capitals (and its count in brackets)
 * and a colon, over more members of the same list.
 */
function labelledLine(between: readonly Token[]): boolean {
  const n = between[between.length - 1]?.lower === "the" ? between.length - 1 : between.length; // ("(1): the Philippines")
  const bullet = between.findIndex((t) => BULLETS.has(t.text));
  if (bullet < 0 || bullet > 1 || !(between[bullet] as Token).wrapped || between[n - 1]?.text !== ":" || n - bullet > MAX_LABEL_TOKENS) return false;
  if (bullet === 1 && between[0]?.text !== "," && between[0]?.text !== ";") return false;
  const label = between.slice(bullet + 1, n - 1);
  const open = label.findIndex((t) => t.text === "(");
  const words = open >= 0 ? label.slice(0, open) : label;
  if (open >= 0 && (label.length !== open + 3 || !VOTE_COUNT.test(label[open + 1]?.text ?? "") || label[open + 2]?.text !== ")")) return false;
  return words.length > 0 && /^\p{Lu}/u.test(words[0]?.text ?? "") && words.every((t) => t.word && (SEPARATOR_WORDS.has(t.lower) || /^\p{Lu}/u.test(t.text)));
}
/** Tokens of a line's label, its bullet and colon included ("- Latin America and the Caribbean (18):"). */
const MAX_LABEL_TOKENS = 11;

/** A member's count of votes in brackets after its name: "(2)". */
const VOTE_COUNT = /^\d{1,3}$/u;

/** A list of actors may break on a name that is not in the lexicon ("- Granada"): the list runs on. */
export function listAfter(s: GroupedSentence, first: ActorGroup): ActorGroup {
  const members = [...first.members];
  let to = first.to;
  for (const g of s.groups) {
    if (g.from < first.to) continue;
    // "Brazil, in November 2022, and Cameroon": a member's own date, set off by commas, is part of the list.
    const dated = datedMemberEnd(s.tokens, to);
    let between = s.tokens.slice(dated, g.from);
    // A UN name's bracketed qualifier goes with the name before it: "Micronesia (Federated States of), Monaco".
    const close = between[0]?.text === "(" ? between.findIndex((t) => t.text === ")") : -1;
    if (close > 1 && close <= 6 && between[close - 1]?.lower === "of" && between.slice(1, close).every((t) => t.word)) between = between.slice(close + 1);
    // So does a count of the member's votes in brackets: "Abstentions: Argentina (2), Bahrain (1), India (2)" (a tripartite
    // delegation's votes).
    else if (close === 2 && VOTE_COUNT.test(between[1]?.text ?? "")) between = between.slice(close + 1);
    // A bulleted line's label and colon: "… Chile ¶ - Europe (2): Belgium and Finland ¶ - Africa: Guinea" (a region's members).
    if (labelledLine(between)) between = [];
    // "among them Egypt, which hosted the signing ceremony, as well as Djibouti": a relative set off by commas, then "as well as".
    if (relativeAside(between)) {
      // ("…, which ratified in 2013, and Chile signed it": a name with its own verb after ", and" starts a clause, not a member.)
      if (between[between.length - 1]?.lower === "and" && verbAt(s.tokens, g.to)) break;
      between = between.slice(between.lastIndexOf(between.find((t, k) => k > 0 && t.text === ",") as Token));
    }
    // ("followed by Armenia in June, and Colombia acceded to it": a name with a verb of its own after ", and" opens a clause.)
    if (between.length >= 2 && between[between.length - 1]?.lower === "and" && between[between.length - 2]?.text === "," && clauseVerbAt(s.tokens, g.to)) break;
    // A closing bracket ends the list; a pronoun or "the Committee" is not a list member.
    if (between.some((t) => t.text === ")") || !g.members.every((m) => m.kind === "named" || m.kind === "capital")) break;
    // A name the lexicon lacks may stand between two members: up to four words, or a whole item between commas
    // ("…, Rwanda, Sahrawi Arab Democratic Republic, São Tomé and Príncipe, …").
    const item = between.length <= 7 && between[0]?.text === "," && (between[between.length - 1]?.text === "," || between[between.length - 1]?.lower === "and");
    if (
      between.length > 7 ||
      !between.every((t) => !t.word || SEPARATOR_WORDS.has(t.lower) || (t.text[0] !== t.text[0]?.toLowerCase() && (between.length <= 4 || item)))
    )
      break;
    // After a semicolon, a name followed by its verb starts a new clause ("…: A and B; C is expected to follow").
    if (between.some((t) => t.text === ";") && verbAt(s.tokens, g.to)) break;
    // (As does one after a list its "and" closed: "…: India and Pakistan; - the Russian Federation, after its revocation, is …"; not
    // dated items, each group with its date: "Italy and Portugal (both 1 October); Ukraine (29 October)".)
    const datedItems = dated > to && s.tokens[to]?.text === "(" && bracketedDateEnd(s.tokens, g.to) > 0;
    if (between.some((t) => t.text === ";") && !datedItems && s.tokens.slice(first.from, to).some((t) => t.lower === "and")) break;
    members.push(...g.members);
    to = g.to;
  }
  return { ...first, members, to };
}

/** Auxiliaries a clause's verb may open with ("and Colombia has acceded"). */
const CLAUSE_AUXILIARIES = new Set(["has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "also"]);
/** A clause's own verb at `at`: an auxiliary or a lower-case past form ("acceded", "signed"). */
function clauseVerbAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return !!t && t.word && t.text === t.lower && (CLAUSE_AUXILIARIES.has(t.lower) || (t.lower.endsWith("ed") && t.lower.length > 4));
}

/** Words between "notified X of" and the teller's "its": "of the completion of its procedures". */
const COMPLETION_WORDS = new Set(["the", "completion", "conclusion", "finalisation", "finalization"]);
const TELLING = new Set(["told", "informed", "notified", "assured", "advised", "reminded", "tells", "informs", "notifies", "assures"]);

/** When `told` is the object of a verb of telling whose "that" clause holds `at`, the teller (the group before the verb), or null. */
/** Officers told on an organisation's behalf ("the Director-General of X", "the Secretary-General of X"). */
const OFFICERS = new Set(["director-general", "secretary-general", "depositary", "secretariat", "president", "chair", "registrar"]);

export function tellerOf(sentence: GroupedSentence, told: ActorGroup, at: number, candidates: readonly ActorGroup[]): ActorGroup | null {
  // "the Organisation for the Prohibition of Chemical Weapons (OPCW)": the acronym in brackets is the name before it.
  const named = sentence.tokens[told.from - 1]?.text === "(" ? candidates.find((g) => g.to === told.from - 1) : undefined;
  let v = (named ?? told).from - 1;
  if (sentence.tokens[v]?.lower === "the") v--;
  // "notified the Director-General of the World Health Organization of its acceptance": the told is the organisation's officer.
  if (sentence.tokens[v]?.lower === "of" && OFFICERS.has(sentence.tokens[v - 1]?.lower ?? "")) {
    v -= 2;
    if (sentence.tokens[v]?.lower === "the") v--;
  }
  if (!TELLING.has(sentence.tokens[v]?.lower ?? "")) return null;
  // ("notified Russia of its acceptance", "… of the completion of its domestic procedures".)
  const ofIts =
    sentence.tokens[told.to]?.lower === "of" &&
    (at === told.to + 1 ||
      sentence.tokens.slice(told.to + 1, at).every((t, k, all) => (k === all.length - 1 ? t.lower === "of" : COMPLETION_WORDS.has(t.lower))));
  if (!ofIts && !sentence.tokens.slice(told.to, at).some((t) => t.lower === "that")) return null;
  const teller = candidates.filter((g) => g.to <= v);
  return teller[teller.length - 1] ?? null;
}

/**
 * "Representative of Georgia to the International Civil Aviation Organization", "Ambassador of Chile to the OAS": when group `g`
 * follows "to (the)" right after a state that "of" names, the state (the office's holder acts for it); else null.
 */
export function representedBefore(s: GroupedSentence, g: ActorGroup): ActorGroup | null {
  const to = s.tokens[g.from - 1]?.lower === "the" ? g.from - 2 : g.from - 1;
  if (s.tokens[to]?.lower !== "to") return null;
  const state = s.groups.find((x) => x.to === to && x.members.length === 1 && x.members[0]?.actor?.kind === "state");
  return state && s.tokens[state.from - 1]?.lower === "of" ? state : null;
}

/** Nouns that class the States a list names ("Council members France, Japan and Malta", "fellow members A and B"). */
const CLASSIFIERS = new Set(["council", "members", "member", "states", "countries", "fellow", "other", "permanent", "non-permanent", "elected"]);

/** A list after a classifying noun phrase of at most three words at `at` ("Council members France, Japan"), or null. */
export function classifiedGroupAt(s: GroupedSentence, at: number): ActorGroup | null {
  let k = s.tokens[at]?.lower === "the" ? at + 1 : at;
  const start = k;
  while (k < s.to && k - start < 3 && CLASSIFIERS.has((s.tokens[k] as Token).lower)) k++;
  return k > start ? groupStartingAt(s, k, 1) : null;
}
