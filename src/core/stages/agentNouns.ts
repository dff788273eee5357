import { isCapitalised, isPossessiveMark, type Token } from "../text/tokens";
import { isDateWord } from "./dates";
import { catalogIndex } from "../lexicon/catalogIndex";
import type { InstrumentMention } from "./instruments";
import { typeOfHead } from "./instrumentWords";
import { classifiedGroupAt, groupBefore, groupStartingAt, listAfter } from "./groupQueries";
import { copulaList, listNaming, trailingList } from "./memberLists";
import { COPULAS, draft, objectsAfter, redraft, type Draft, type Rule, type Sentence } from "./linkParts";
import type { CueMention } from "./cues";
import { bracketedDateEnd, type ActorGroup } from "./groups";
import { countedSubject, pairGroup, pairSubject } from "./verb";

/**
 * Agent nouns and relative clauses of party: "the signatories to Y are A, B", "became the 41st
 * State Party to Y", "A, B and C as co-penholders of Y", "X, to which A and B are parties", and
 * the pending ratification of "signed, subject to ratification, X".
 */

const BECOMING = new Set(["became", "become", "becomes", "becoming", "is", "was", "are", "were", "remains", "remain", "be"]);

/** Rank words between an article and an agent noun: "the 41st", "the latest", "a new". */
const RANK = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|latest|newest|new|recent|most|next|last|full|\d+)$/u;

/** "X, to which A and B are parties": the objects are the instruments before "to which". */
export const relativeParty: Rule = (s, cue) => {
  if (cue.def.action !== "party") return null;
  let w = -1;
  for (let i = cue.from - 1; i > s.from && i >= cue.from - 8; i--) {
    if ((s.tokens[i] as Token).lower === "which" && (s.tokens[i - 1] as Token).lower === "to") w = i - 1;
  }
  if (w < 0) return null;
  // The relative's subject, or the clause's when it is a pronoun ("Turkey supports X, to which it is a party").
  const group = groupBefore(s, cue.from, false);
  if (!group) return null;
  const objects: InstrumentMention[] = [];
  for (let k = s.instruments.length - 1; k >= 0; k--) {
    const m = s.instruments[k] as InstrumentMention;
    if (m.to > w) continue;
    if (objects.length > 0 && (objects[0] as InstrumentMention).from - m.to > 3) break;
    objects.unshift(m);
  }
  // "accession to the Second Protocol to the 1954 Hague Convention, to which it has been a party since 1967": the relative is
  // on the nearest name, the parent's.
  const last = objects[objects.length - 1];
  // (Not "its two Protocols, to which …": the name ends with the protocols themselves.)
  const parent = last && nameRunsTo(s, last.to, w) && !CHILD_WORDS.has((s.tokens[last.to - 1] as Token).lower) ? parentOf(last) : null;
  if (parent) objects.splice(objects.length - 1, 1, parent);
  // "the agreements to which it is a party": a generic antecedent names no instrument, so no record (not the document's topic).
  return draft(s, cue, "relative-party", group, objects, false);
};

/** "Second Protocol to the 1954 Hague Convention": the parent a child's name ends with ("1954 Hague Convention"), or null. */
const CHILD_TO_PARENT = /^(?:the\s)?(?:\S+\s){0,3}?(?:Protocols?|Amendments?|Annex(?:es)?)\sto\sthe\s(.+)$/u;
/** Only the rest of a name, then its comma, stands between tokens `from` and `w` ("… Convention for the Protection of X, to which"). */
function nameRunsTo(s: Sentence, from: number, w: number): boolean {
  if (w - from > MAX_NAME_TAIL) return false;
  for (let k = from; k < w - 1; k++) if (!(s.tokens[k] as Token).word) return false;
  return w === from || (s.tokens[w - 1] as Token).text === ",";
}
const MAX_NAME_TAIL = 16;
const CHILD_WORDS = new Set(["protocol", "protocols", "amendment", "amendments", "annex", "annexes"]);

function parentOf(m: InstrumentMention): InstrumentMention | null {
  const parent = m.type === "protocol" ? CHILD_TO_PARENT.exec(m.text)?.[1] : undefined;
  const head = parent?.split(/\s/u).find((w) => typeOfHead(w) === "treaty");
  if (!parent || !head) return null;
  const entry = catalogIndex().resolveByWords(parent, "treaty");
  return { ...m, text: parent, entry, type: entry?.type ?? "treaty" };
}

/** Plural agent nouns a clause may have as its subject, and what ends the list that names their members. */
const PLURAL_AGENTS = new Set(["signatories", "signers", "co-sponsors", "cosponsors", "sponsors", "adherents", "endorsers", "ratifiers"]);
/** The last word of "Contracting States", "Contracting Parties", "States Parties": parties, listed after a copula. */
const CONTRACTING = new Set(["states", "parties"]);
const CLAUSE_CLOSERS = new Set([".", ";", "!", "?"]);

/** Words between a copula and a plural agent noun it predicates: "are not yet", "are neither … nor", "are all", "were both". */
const PREDICATE_FILLERS = new Set([
  "not",
  "neither",
  "nor",
  "or",
  "and",
  "yet",
  "also",
  "all",
  "both",
  "now",
  "still",
  "already",
  "original",
  "early",
  "only",
  "merely",
]);

const AMONG_LEADS = new Set(["the", "first", "early", "original", "last", "other", "remaining", "few", "only"]);
const AMONG_OWNERS = new Set(["its", "their"]);
const JOINS = new Set(["joins", "joined", "join", "joining"]);
const AMONG_COPULAS = new Set(["is", "are", "was", "were", "remains", "remain", "also", "still"]);

/** "A and B are (also) among the (first) signatories / signatory States": the subject group, or null. */
function amongAgent(s: Sentence, cue: { from: number; to: number }): ReturnType<typeof groupBefore> {
  let k = cue.from - 1;
  // (Past an adjective of region: "among the African endorsers", "among the Latin American High Contracting Parties".)
  const regional = (i: number) => isCapitalised(s.tokens[i] as Token) && (s.tokens[i] as Token).word && !s.groups.some((g) => g.from <= i && i < g.to);
  while (k > s.from && (AMONG_LEADS.has(s.tokens[k]?.lower ?? "") || /^\d+$/u.test(s.tokens[k]?.text ?? "") || regional(k))) k--;
  // ("among its 115 States Parties", "among the Treaty's signatories": the instrument's own.)
  if (AMONG_OWNERS.has(s.tokens[k]?.lower ?? "")) k--;
  else {
    const owner = isPossessiveMark(s.tokens[k]) ? s.instruments.find((m) => m.to === k) : undefined;
    if (owner) k = s.tokens[owner.from - 1]?.lower === "the" && owner.kind !== "anaphor" ? owner.from - 2 : owner.from - 1;
  }
  if (s.tokens[k]?.lower !== "among") return null;
  k--;
  // "Ghana joins Nigeria, Liberia and Morocco among the African endorsers of X": the joined and the joiner are among them.
  const joined = s.groups.find((g) => g.to === k + 1 && g.members.some((m) => m.actor?.kind === "state"));
  if (joined && JOINS.has(s.tokens[joined.from - 1]?.lower ?? "")) {
    const joiner = s.groups.find((g) => g.to === joined.from - 1 && g.eligible);
    return joiner ? { ...joined, from: joiner.from, members: [...joiner.members, ...joined.members], eligible: true } : { ...joined, eligible: true };
  }
  let copulas = 0;
  while (k > s.from && AMONG_COPULAS.has(s.tokens[k]?.lower ?? "")) {
    k--;
    copulas++;
  }
  if (copulas === 0) return null;
  const subject = s.groups.find((g) => g.to === k + 1 && g.eligible);
  if (subject) return subject;
  // "The two countries are among the signatories of X", "the three States are among its parties": the states named just before.
  const pair = pairSubject(s, k + 1);
  const counted = pair >= 0 ? pair : countedSubject(s, k + 1);
  return counted >= 0 ? pairGroup(counted, k + 1) : null;
}

/** Words between an agent noun and its list that make the list the ones left out ("all Parties except the four that …:"). */
const EXCEPTING = new Set(["except", "excepting", "excluding", "save"]);

/** Marks that open a list in apposition to an agent noun. */
const APPOSITION_MARKS = new Set(["—", "–", "-", "("]);

/** Agent nouns: "the signatories to Y are A, B", "Lead country sponsors: A, B", "became the coauthor of Y". */
export const agentNoun: Rule = (s, cue) => {
  if (cue.def.form !== "agent") return null;
  // "As a State Party to X since 2014, Spain will …": the role an opening phrase gives the main clause's subject.
  const role = asRoleDraft(s, cue);
  if (role !== undefined) return role;
  // "the Conference of the Parties to the Convention", "the meeting of the Parties to X": a body's name, not its members.
  if (s.tokens[cue.from]?.lower === "parties" && (s.tokens[cue.from - 1]?.lower === "of" || s.tokens[cue.from - 2]?.lower === "of")) return null;
  // "Parties include A, B and C": the list right after the phrase.
  if (/^includ/u.test(s.tokens[cue.to - 1]?.lower ?? "")) {
    // ("The Parties also include most of its trading partners in the region: China, A, B": a description, then its list.)
    const first = groupStartingAt(s, cue.to, 1) ?? classifiedGroupAt(s, cue.to) ?? describedListAfter(s, cue.to);
    return first ? draft(s, cue, "agent-list", listAfter(s, first), [], true, cue.from) : null;
  }
  for (let i = cue.to; i < Math.min(s.to, cue.to + 12); i++) {
    const t = s.tokens[i] as Token;
    if (COPULAS.has(t.lower) || t.text === ":") {
      const g = groupStartingAt(s, i + 1, 3) ?? classifiedGroupAt(s, i + 1);
      if (g) {
        const objects = objectsAfter(s, cue.to, i);
        if (objects.length === 0 && s.tokens[cue.to - 2]?.lower === "parties" && cue.to - cue.from === 2) return null;
        const d = draft(s, cue, "agent-list", listAfter(s, g), objects, objects.length === 0, cue.from);
        // "for all States Parties except the four that rejected it: A, B and C": the list is of those left out.
        const except = s.tokens.slice(cue.to, i).find((t) => EXCEPTING.has(t.lower));
        return except && d.polarity === "affirmed" ? redraft(d, { polarity: "negated", polarityBy: except.lower }) : d;
      }
    }
  }
  // "Eight other signatories have yet to ratify, among them A and B": the members a clause with the plural noun as subject lists are signatories.
  if (PLURAL_AGENTS.has(s.tokens[cue.to - 1]?.lower ?? "") && !COPULAS.has(s.tokens[cue.to]?.lower ?? "")) {
    // "Three other signatories, namely A, B and C, have not ratified it either": the list right after the noun.
    const named = s.tokens[cue.to]?.text === "," ? listNaming(s, cue.to - 1, cue.to) : null;
    if (named) return draft(s, cue, "agent-list", named, [], true, cue.from);
    const members = s.tokens[cue.to]?.word ? trailingList(s, cue.to) : null;
    if (members && (members.to >= s.to || CLAUSE_CLOSERS.has(s.tokens[members.to]?.text ?? "")))
      return draft(s, cue, "agent-list", members, [], true, cue.from);
  }
  // "The Contracting States are now A, B", "Its signatories are A and B": the copula's list (when the noun names no instrument).
  if (
    (PLURAL_AGENTS.has(s.tokens[cue.to - 1]?.lower ?? "") || CONTRACTING.has(s.tokens[cue.to - 1]?.lower ?? "")) &&
    COPULAS.has(s.tokens[cue.to]?.lower ?? "")
  ) {
    const members = copulaList(s, cue.to);
    if (members) return draft(s, cue, "agent-list", members, [], true, cue.from);
  }
  // "Its main sponsors — A, B and C — had sought …", "The signatories (A and B) …": the list in apposition right after the noun.
  const mark = s.tokens[cue.to]?.text ?? "";
  // (Also set off by commas after a plural noun: "its main sponsors, Mexico and the Gambia, agreed …".)
  const commaApposition = mark === "," && PLURAL_AGENTS.has(s.tokens[cue.to - 1]?.lower ?? "");
  if (APPOSITION_MARKS.has(mark) || commaApposition) {
    const g = groupStartingAt(s, cue.to + 1, 1);
    if (g && (!commaApposition || s.tokens[listAfter(s, g).to]?.text === ",")) {
      const list = listAfter(s, g);
      const objects = objectsAfter(s, list.to, s.to).filter((m) => m.from - list.to <= 2);
      return draft(s, cue, "agent-list", list, objects.slice(0, 1), objects.length === 0, cue.from);
    }
  }
  // "The Parties to X – A, B and C – met in Tromsø", "the signatories of X (A and B)", "thanks the main sponsors of the text – A, B
  // and C – for …", "the sponsors of the resolution, A, B and C, …": the list in apposition right after the instrument.
  const joined = s.tokens[cue.to - 1]?.lower === "to" || s.tokens[cue.to - 1]?.lower === "of";
  const at = joined ? cue.to : s.tokens[cue.to]?.lower === "of" && PLURAL_AGENTS.has(s.tokens[cue.to - 1]?.lower ?? "") ? cue.to + 1 : -1;
  if (at >= 0) {
    const object = s.instruments.find((m) => m.from === at || (m.from === at + 1 && s.tokens[at]?.lower === "the"));
    // ("the sponsors of the draft, A, B and C, …": the draft the text is about, which "the draft" alone does not name.)
    const end = object ? object.to : !joined && s.tokens[at]?.lower === "the" && s.tokens[at + 1]?.lower === "draft" ? at + 2 : -1;
    const mark = end >= 0 ? (s.tokens[end]?.text ?? "") : "";
    const g = end >= 0 && (APPOSITION_MARKS.has(mark) || (mark === "," && !joined)) ? groupStartingAt(s, end + 1, 1) : null;
    // (Set off by commas, the list is closed by one: "the sponsors of the resolution, A, B and C, for their efforts".)
    if (g && (mark !== "," || s.tokens[listAfter(s, g).to]?.text === ","))
      return draft(s, cue, "agent-list", listAfter(s, g), object ? [object] : [], !object, cue.from);
  }
  // "on behalf of A, B and C as co-penholders of Y": the group the role is predicated of, governed or not.
  if (s.tokens[cue.from - 1]?.lower === "as") {
    const g = s.groups.find((x) => x.to === cue.from - 1);
    const objects = objectsAfter(s, cue.to, s.to);
    if (g && objects.length > 0) return draft(s, cue, "agent-as", g, objects.slice(0, 1), false);
  }
  // "A and B are (also) among the signatories (that have not ratified it)", "among the signatory States": the subject is one.
  const among = amongAgent(s, cue);
  if (among) {
    // ("among the Treaty's signatories": the owner is the object.)
    const owner = isPossessiveMark(s.tokens[cue.from - 1]) ? s.instruments.find((m) => m.to === cue.from - 1) : undefined;
    if (owner) return draft(s, cue, "agent-among", among, [owner], false);
    const objects = objectsAfter(s, cue.to, s.to).filter((m) => m.from - cue.to <= 3);
    return draft(s, cue, "agent-among", among, objects.slice(0, 1), objects.length === 0);
  }
  // "A and B are signatories to Y", "… are neither signatories nor Contracting States": a plural agent noun predicated of the subject.
  const plural = s.tokens[cue.to - 1]?.lower ?? "";
  if (PLURAL_AGENTS.has(plural) || ((CONTRACTING.has(plural) || plural === "party") && cue.to - cue.from > 1)) {
    let p = cue.from - 1;
    while (p > s.from && (PREDICATE_FILLERS.has(s.tokens[p]?.lower ?? "") || s.cues.some((c) => c.def.form === "agent" && c.from <= p && p < c.to))) p--;
    const g = BECOMING.has(s.tokens[p]?.lower ?? "") ? (s.groups.find((x) => x.to === p && x.eligible) ?? datedSubjects(s, p)) : undefined;
    if (g) {
      const objects = objectsAfter(s, cue.to, s.to).filter((m) => m.from - cue.to <= 6);
      return draft(s, cue, "agent-predicate", g, objects.slice(0, 1), objects.length === 0);
    }
  }
  // "became the coauthor of Y", "has become the 41st adherent to Y", "is the newest signatory of Y".
  let k = cue.from - 1;
  while (k > s.from && RANK.test(s.tokens[k]?.lower ?? "")) k--;
  const prev = s.tokens[k]?.lower;
  if (prev === "the" || prev === "a" || prev === "one" || prev === "an") {
    const g = groupBefore(s, cue.from);
    // The agent noun is predicated of the subject ("A became the 41st State Party"), not a company it keeps ("A works with the States Parties").
    // … or in apposition to it ("China, a Party to X since 2005, …").
    const apposition = g !== null && k === g.to + 1 && s.tokens[g.to]?.text === ",";
    // (A question puts the copula first: "Is Japan a party to X?")
    const inverted =
      g !== null && g.from - s.from - (s.tokens[g.from - 1]?.lower === "the" ? 1 : 0) <= 1 && BECOMING.has(s.tokens[s.from]?.lower ?? "") && k === g.to;
    if (g && cue.def.action === "party" && !apposition && !inverted && !s.tokens.slice(g.to, k).some((t) => BECOMING.has(t.lower))) return null;
    // "A, a Party since 2016, …": the text's instrument (an instrument later in the sentence is the main clause's).
    if (s.tokens[cue.to - 1]?.lower === "since") return g && apposition ? draft(s, cue, "agent-became", g, [], true) : null;
    const objects = objectsAfter(s, cue.to, s.to);
    if (g && objects.length > 0) return draft(s, cue, "agent-became", g, objects.slice(0, 1), false);
    // "became a State Party to it": the instrument named before; "It remains a signatory.": the one the text is about.
    const pronoun = s.tokens[cue.to]?.lower === "it" || (s.tokens[cue.to - 1]?.lower === "to" && s.tokens[cue.to]?.lower === "it");
    // (A time adjunct may close the clause: "China, a Party since 2005, …", "It remains a State Party for now.")
    // (Or a contrast: "Kenya is a signatory but not a party", "a signatory, not a Party".)
    const closed = (at: number) => s.tokens[at]?.text === "," || s.tokens[at]?.text === "." || s.tokens[at]?.lower === "but" || at >= s.to;
    const adjunct = s.tokens[cue.to - 1]?.lower === "since" ? cue.to - 1 : cue.to;
    const bare = (closed(cue.to) || timeAdjunctCloses(s, adjunct, closed)) && s.tokens[cue.to - 1]?.lower !== "to";
    // ("Algeria, Belarus and Namibia had joined the sponsors.": the text's draft, its sponsors joined.)
    const joinedSponsors = cue.def.action === "co-sponsored" && s.tokens.slice(g?.to ?? k, k).some((t) => JOINS.has(t.lower));
    if (g && (pronoun || (bare && (predicated(s, g.to, k) || joinedSponsors)))) return draft(s, cue, "agent-became", g, [], true);
  }
  return null;
};

const TIME_ADJUNCTS = new Set(["since", "for", "until"]);
/** "since 2016", "for now", "since 14 March 2019": a time adjunct of a few words that ends where the clause does. */
function timeAdjunctCloses(s: Sentence, at: number, closed: (at: number) => boolean): boolean {
  if (!TIME_ADJUNCTS.has(s.tokens[at]?.lower ?? "")) return false;
  for (let k = at + 1; k <= at + 5; k++) {
    if (closed(k)) return k > at + 1;
    const t = s.tokens[k] as Token;
    if (!t.word || (isCapitalised(t) && !/^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  }
  return false;
}

/** A copula of becoming or being between the subject and the agent noun's article ("It remains a signatory"). */
function predicated(s: Sentence, from: number, article: number): boolean {
  return s.tokens.slice(from, article).some((t) => BECOMING.has(t.lower));
}

/** "signed, subject to ratification, X": the still-pending ratification of the same objects. */
export const pending: Rule = (s, cue, index, drafts) => {
  if (cue.def.form !== "pending") return null;
  const prev = drafts.find((d) => d.cue === s.cues[index - 1]);
  if (!prev) return null;
  return redraft(prev, { cue, action: cue.def.action, polarity: "planned", rule: "pending", polarityBy: "subject to ratification" });
};

/** Roles a State holds as a party to a text, after "As a": "As a State Party to X", "As a High Contracting Party to X". */
const PARTY_ROLE_WORDS = new Set(["party", "state", "high", "contracting"]);
const ROLE_OPENERS = new Set([",", ";", ":", "—", "–"]);
/** How many words after the role's text may date it before the comma: "since 2014", "since 12 May 2014". */
const AS_ROLE_TAIL = 5;

/**
 * "As a State Party to X since 2014, Spain …", "As a party to X, Chile …": the subject after the opening phrase's comma holds the
 * role (party). A draft; null for such a phrase with no subject there; undefined when the cue opens no such phrase.
 */
function asRoleDraft(s: Sentence, cue: CueMention): Draft | null | undefined {
  if (cue.def.action !== "party") return undefined;
  let k = cue.from - 1;
  while (k > s.from && PARTY_ROLE_WORDS.has((s.tokens[k] as Token).lower) && k >= cue.from - 2) k--;
  if (s.tokens[k]?.lower !== "a" && s.tokens[k]?.lower !== "an") return undefined;
  // ("A party to the Budapest Convention since 2012, Japan called on …": the role without "As" at the start of the sentence.)
  const as = s.tokens[k - 1]?.lower === "as" ? k - 1 : k;
  if (as > s.from && !ROLE_OPENERS.has(s.tokens[as - 1]?.text ?? "")) return undefined;
  if (as === k && as > s.from && s.tokens[as - 1]?.text !== ":") return undefined; // (or after a label: "- **Japan**: A party to …")
  const instrument = s.instruments.find((m) => m.from >= cue.to && m.from - cue.to <= 1);
  if (!instrument) return null;
  let comma = instrument.to;
  while (comma < s.to && comma - instrument.to <= AS_ROLE_TAIL && s.tokens[comma]?.text !== ",") comma++;
  if (s.tokens[comma]?.text !== ",") return null;
  for (let j = instrument.to; j < comma; j++) if (!isDateWord((s.tokens[j] as Token).lower) && (s.tokens[j] as Token).lower !== "since") return null;
  const g = groupStartingAt(s, comma + 1, 1);
  return g && g.eligible ? draft(s, cue, "as-role", g, [instrument], false, g.from) : null;
}

/** How long a description before a colon may be: "most of Australia's major trading partners and neighbours in the region:". */
const DESCRIPTION_REACH = 14;

/** The list after a colon that closes a short description right after `at` (with no cue of its own), or null. */
function describedListAfter(s: Sentence, at: number): ReturnType<typeof groupStartingAt> {
  for (let k = at; k < s.to && k - at <= DESCRIPTION_REACH; k++) {
    const t = s.tokens[k] as Token;
    if (t.text === ";" || t.text === "." || s.cues.some((c) => c.from === k)) return null;
    if (t.text === ":") return groupStartingAt(s, k + 1, 1);
  }
  return null;
}

/** The opening bracket of a member's date that ends right before `k` ("Israel (2021)", "Chile (May 2014)"), else `k`. */
function pastBracketedDate(s: Sentence, k: number): number {
  if (s.tokens[k - 1]?.text !== ")") return k;
  for (let open = k - 3; open >= Math.max(s.from, k - 6); open--) if (bracketedDateEnd(s.tokens, open) === k) return open;
  return k;
}

/**
 * "Israel (2021), Costa Rica (2019) and the Russian Federation (2021) are signatories": a subject list whose members each carry their
 * year in brackets, before the copula at `verb`; only when the last member has its year (else the plain group is the subject).
 */
function datedSubjects(s: Sentence, verb: number): ActorGroup | undefined {
  let k = pastBracketedDate(s, verb);
  if (k === verb) return undefined;
  const members: ActorGroup["members"] = [];
  let from = -1;
  for (;;) {
    const g = s.groups.find((x) => x.to === k && x.members.every((m) => m.actor?.kind === "state"));
    if (!g) break;
    members.unshift(...g.members);
    from = g.from;
    let j = g.from;
    if (s.tokens[j - 1]?.lower === "the") j--;
    if (s.tokens[j - 1]?.lower === "and") j--;
    if (s.tokens[j - 1]?.text === ",") j--;
    if (j === g.from) break;
    const before = pastBracketedDate(s, j);
    k = before === j ? j : before;
  }
  return members.length > 1 ? { from, to: verb, members, eligible: true } : undefined;
}
