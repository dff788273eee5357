import type { Action, Polarity } from "../model";
import { BULLETS, type Token } from "../text/tokens";
import { NEGATORS } from "../lexicon/cues";
import type { ActorMention } from "./actors";
import type { CueMention } from "./cues";
import { isMonthWord, isYearWord } from "./dates";
import { startsGroup } from "./groupQueries";
import type { ActorGroup } from "./groups";
import type { InstrumentMention } from "./instruments";
import {
  counterfactual,
  mandated,
  plainVerbAfterSingular,
  DETERMINERS,
  modalAfterObject,
  negatedQuantifierHead,
  deniedClaim,
  notUntil,
  negatedObject,
  zeroCountSubject,
  onlyWhenAfter,
  conditionalAct,
  conditionalObject,
  conditionalNoun,
  negatedSubject,
  polarityBefore,
  predicateAfterObject,
  takenBack,
  WEIGHED,
  type PolarityResult,
} from "./polarity";

/**
 * Linking: for each action cue, who acted (an actor group) and on what (instrument mentions),
 * with what polarity. One small rule per cue form, tried in order; each returns a draft or
 * null. The rule's name goes into the record's stages so a wrong row can be explained.
 */
export interface Sentence {
  start: number;
  end: number;
  tokens: readonly Token[];
  /** Token range of this sentence in `tokens`. */
  from: number;
  to: number;
  groups: ActorGroup[];
  instruments: InstrumentMention[];
  cues: CueMention[];
  /** References to an instrument that nothing before resolves ("the main agreement" when no agreement was named). */
  unresolved?: InstrumentMention[];
  /** Unnamed texts described in lower case ("signed a military cooperation protocol"): objects of this sentence's acts only. */
  described?: InstrumentMention[];
}

export interface Draft {
  cue: CueMention;
  action: Action;
  polarity: Polarity;
  /** The agents: the group's members (references are resolved later). */
  agents: ActorMention[];
  instruments: InstrumentMention[];
  /** True when no instrument is in the sentence and the document's current one is meant. */
  topical: boolean;
  rule: string;
  polarityBy: string | null;
  /** Token indexes of the agents' group, for "respectively" and dates. */
  agentFrom: number;
}

export const OBJECT_FILLER = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "to",
  "of",
  "for",
  "on",
  "both",
  "all",
  "and",
  "recent",
  "new",
  "latest",
  "relevant",
  "first",
  "ever",
  "historic",
  "landmark",
  "strong",
  "full",
  "continued",
  "unwavering",
  "firm",
  "adoption",
  "entry",
  "into",
  "force",
  "conclusion",
  "completion",
  "implementation",
  "implementing",
  "enforcing",
  "enforcement",
  "implement",
  "enforce",
  "abide",
  "by",
  "comply",
  "with",
  "early",
  "so-called",
  "draft",
  "also",
  "fully",
  "formally",
  "today",
  "today's",
  "this",
  "that",
  "these",
  "well",
  "as",
  "principles",
  "guidance",
  "set",
  "out",
  "in",
  "two",
  "three",
  "several",
  "following",
  "campaign",
  "it",
  "them",
  "has",
  "have",
  "had",
  "already",
  "now",
  "just",
  "currently",
  "officially",
  "once",
  "again",
  "and/or",
  "subject",
  "ratification",
  ",",
  "-",
  "–",
  "(",
  ")",
  ":",
  "'",
  '"',
]);
/** Nouns between a cue and an instrument that mean the object is something else ("the report on resolution 2347"). */
export const BLOCKING_NOUNS = new Set([
  "plan",
  "strategy",
  "law",
  "act",
  "bill",
  "programme",
  "program",
  "legislation",
  "report",
  "reports",
  "work",
  "efforts",
  "statement",
  "role",
  "mandate",
  "meeting",
  "activities",
  "provisions",
  "framework",
  "spirit",
  "goals",
  "objectives",
  "importance",
  "call",
  "initiative",
  "process",
  "session",
  "review",
  "anniversary",
  "members",
  "parties",
  "states",
  // An unnamed document signed is that document: "signed a memorandum on the creation of a working group that will draft a Charter
  // on X" did not sign the Charter.
  "memorandum",
  "memoranda",
  "memorandums",
  "letter",
  "contract",
  "roadmap",
]);
/** Words that exclude the instruments after them from a verb's coordinated objects. */
export const EXCLUDING = new Set(["not", "except", "excluding", "never", "rather", "instead"]);
/** Words that make what follows an instrument its topic or title: "the Declaration on Y", "entitled Y". */
const TOPIC_LEADS = new Set(["on", "about", "concerning", "regarding", "entitled", "titled", "relating", "related", "supporting"]);

/** The gap [from, to) between two instruments says the second is the first's topic ("on the", ", entitled"). */
function topicOf(s: Sentence, from: number, to: number): boolean {
  let i = from;
  if (s.tokens[i]?.text === ",") i++;
  if (!TOPIC_LEADS.has(s.tokens[i]?.lower ?? "")) return false;
  i++;
  if (s.tokens[i]?.lower === "to") i++; // "relating to"
  while (i < to && (s.tokens[i]?.lower === "the" || QUOTE_MARKS.has(s.tokens[i]?.text ?? ""))) i++;
  return i === to;
}
const QUOTE_MARKS = new Set(['"', "“", "'", "‘"]);

/** Relative pronouns that open a clause of the noun before them: what follows is not the cue's object. */
const RELATIVE_OPENERS = new Set(["which", "whose", "whom"]);
export const COPULAS = new Set(["are", "were", "is", "was", "include", "includes", "included", "including"]);
/** Words that chain verbs sharing a subject and an object ("signed and ratified", "neither signed nor ratified"). */
export const VERB_CHAIN = new Set([",", "and", "or", "nor", "and/or", "but", "also", "then", "later", "subsequently"]);
export const GENERIC_SUBJECTS = new Set(["states", "countries", "members", "nations", "governments", "parties"]);
export const MAX_OBJECT_GAP = 9;
/** Nouns that make any call one about joining an instrument ("bringing non-signatories on board"). */
export const JOINING_NOUNS = new Set([
  "signatories",
  "non-signatories",
  "ratification",
  "ratifications",
  "accession",
  "universalization",
  "universalisation",
  "universality",
  "signature",
]);

export const CLAUSE_PUNCTUATION = new Set([".", ";", ",", "!", "?", ")", ":"]);
/** What opens a condition or a time clause after an act: "will ratify (only) once …", "if the Senate agrees". */
const CONDITIONS = ["once", "after", "when", "if", "unless", "before", "until"];
const CONDITION_WORDS: ReadonlySet<string> = new Set(CONDITIONS);
/** Words that start an adjunct after an intransitive act ("ratified in 2019", "signed today"). */
export const CLAUSE_WORDS = new Set([
  "so",
  "at",
  "in",
  "by",
  "during",
  "on",
  // A time adjunct ends the act's clause: "expect to ratify before the first Conference of the Parties", "signed within weeks".
  "before",
  "within",
  "until",
  "today",
  "yesterday",
  "last",
  "this",
  "since",
  "for",
  "with",
  "already",
  "later",
  "earlier",
  "recently",
  "subsequently",
  "shortly",
  // ("Somalia, which signed last year, is expected to ratify soon.")
  "soon",
  "too",
  "either",
  // A condition or a time clause: "will ratify once its plan is final", "will sign only after consultation", "when it is ready".
  ...CONDITIONS,
]);
export const MODALS = new Set(["should", "must", "ought", "need"]);
// Hoisted out of per-token loops: a regex literal is a new object every time it runs.
export const YEAR = /^\d{4}$/u;
/** Words between a possessive and its nominal cue: "X's recent ratification", "its formal instrument of". */
export const POSSESSIVE_FILLER = /^(?:recent|strong|continued|full|firm|unwavering|today|today's|own|formal|early|an|the|instrument|instruments)$/u;
export const ADVERB = /ly$/u;

/** Auxiliaries and adverbs between a relative pronoun and its verb: "which has also", "that was". */
const RELATIVE_AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "also", "now", "already", "further", "itself", "themselves"]);
export const RELATIVE_PRONOUNS = new Set(["which", "who", "that"]);

/**
 * The subject of a cue that opens a relative clause ("…, which welcomes X", "the text that
 * supports X") is the pronoun's antecedent: the actor group right before it, or `null` when the
 * antecedent is not an actor (a text, a resolution). `undefined` when the cue's subject is not a
 * relative pronoun. `commaOnly`: only a non-restrictive ", which"/", who" counts ("States that
 * ratified X are A, B" is a list construction's).
 */
export function relativeAntecedent(s: Sentence, cueFrom: number, commaOnly: boolean): ActorGroup | null | undefined {
  let i = cueFrom - 1;
  while (i > s.from && (RELATIVE_AUXILIARIES.has((s.tokens[i] as Token).lower) || ADVERB.test((s.tokens[i] as Token).lower))) i--;
  const pronoun = (s.tokens[i] as Token | undefined)?.lower ?? "";
  if (!RELATIVE_PRONOUNS.has(pronoun) || i <= s.from) return undefined;
  const comma = s.tokens[i - 1]?.text === ",";
  if (commaOnly && (!comma || pronoun === "that")) return undefined;
  const end = comma ? i - 1 : i;
  return s.groups.find((g) => g.to === end) ?? null;
}

/** Nouns for a text, which may be the subject "it" stands for: "the draft, because it reaffirmed X". */
const TEXT_NOUNS = new Set([
  "draft",
  "text",
  "resolution",
  "declaration",
  "document",
  "proposal",
  "amendment",
  "amendments",
  "report",
  "communiqué",
  "statement",
]);
/** What a text may do to another: reaffirm, endorse, welcome, support, call for it. */
const TEXT_ACTS = new Set<string>(["endorsed", "welcomed", "supported", "committed", "called-for"]);
/** Words that open a clause after a text noun: "the draft because it …", "the text, since it …" (not "as": "supported the draft, as it had supported Y" is a parallel). */
const TEXT_CLAUSE_OPENERS = new Set(["because", "since", "while", "although", "though", "for"]);

/**
 * The cue's subject is "it" standing for a text just named: "voted against the draft because it reaffirmed X", "the resolution,
 * as it endorses X". A text that reaffirms or endorses does not make a state endorse.
 */
export function textPronounSubject(s: Sentence, cue: CueMention): boolean {
  // (A text cannot sign or ratify: "voted against the draft, although it had ratified X" is the state's.)
  if (!TEXT_ACTS.has(cue.def.action)) return false;
  let i = cue.from - 1;
  while (i > s.from && (RELATIVE_AUXILIARIES.has((s.tokens[i] as Token).lower) || ADVERB.test((s.tokens[i] as Token).lower))) i--;
  if (s.tokens[i]?.lower !== "it") return false;
  let j = i - 1;
  if (!TEXT_CLAUSE_OPENERS.has(s.tokens[j]?.lower ?? "")) return false;
  j--;
  if (s.tokens[j]?.text === ",") j--;
  if (j < s.from) return false;
  return TEXT_NOUNS.has((s.tokens[j] as Token).lower) || s.instruments.some((m) => m.to === j + 1);
}

export type Rule = (s: Sentence, cue: CueMention, index: number, drafts: Draft[]) => Draft | null;

/** Instruments that are the cue's objects: the first after it across filler words, then its coordinated ones. */
/** Negative words that do not end the act's reach: they modify it ("and, without reservations, the Convention on …") or negate its objects ("acceded to neither X nor Y", polarity.ts). */
const MODIFYING_NEGATORS = new Set(["without", "against", "neither", "nor", "none", "no"]);

/** Words that attach an instrument to another it supplements ("supplementary to", "additional to", "annexed to"). */
const ATTACHED_TO = new Set(["supplementary", "supplementing", "supplements", "additional", "annexed", "amending", "amends", "implementation", "implementing"]);
/** (Adjectives attach only with "to": "an additional Optional Protocol to Y" is another object.) */
const VERB_ATTACHED = new Set(["supplementing", "supplements", "amending", "amends", "implementation", "implementing"]);

/** Conjunctions that open another clause: no object of the act lies past them once it has one. */
const CLAUSE_CONJUNCTIONS = new Set(["so", "because", "whereas", "although", "though", "therefore", "thus", "hence"]);

/** Words that open another clause after a pronoun object ("accede to it because the X Convention …"). */
const PRONOUN_CLAUSE_BREAKS = new Set(["because", "but", "while", "whereas", "although", "since", "and", "or", "which", "where"]);

/** How many words an aside between a verb and its object may hold (", at an early date,", ", on 3 May 2019,"). */
const MAX_ASIDE_WORDS = 6;
/** Words that open a clause, not an aside: after one, the comma's words are no aside of the verb's. */
const NOT_ASIDE = new Set(["and", "or", "but", "which", "who", "that", "while", "whereas", "although", "though", "because"]);

/** Past an aside right at `at` set off by two commas before `to` (", at an early date,"), else `at`. */
function pastAside(s: Sentence, at: number, to: number): number {
  if (s.tokens[at]?.text !== ",") return at;
  for (let k = at + 1; k < to && k - at <= MAX_ASIDE_WORDS + 1; k++) {
    const t = s.tokens[k] as Token;
    if (t.text === ",") return k > at + 1 ? k + 1 : at;
    if (NOT_ASIDE.has(t.lower) || (!t.word && t.text !== ".")) return at;
  }
  return at;
}

export function objectsAfter(s: Sentence, from: number, stop: number): InstrumentMention[] {
  // "does not intend to accede to it, because the Montreal Convention already covers …": the pronoun is the object; an instrument
  // further on is another clause's.
  // (But "adopted it on 17 December 2018 as resolution 73/165": the same text, in the same clause.)
  if (pronounObjectAt(s.tokens, from) && !s.instruments.some((m) => m.from <= from + 1 && from < m.to)) {
    const next = s.instruments.find((m) => m.from > from);
    if (next && s.tokens.slice(from, next.from).some((t) => t.text === "," || t.text === ";" || PRONOUN_CLAUSE_BREAKS.has(t.lower))) return [];
  }
  const out: InstrumentMention[] = [];
  let cursor = from;
  // "recommend that Japan: (a) accede to X; (b) ratify Y; (c) establish an institution in line with Z": an act inside one
  // enumerated item has its objects in that item.
  const inItem = itemOpensBefore(s, from);
  // (An unnamed text described in lower case is a first object only: "signed a joint statement", not "X, a joint statement".)
  const candidates = s.described ? [...s.instruments, ...s.described].sort((a, b) => a.from - b.from) : s.instruments;
  for (const m of candidates) {
    // (Right after the act's verb, "signed a joint statement", "acceded to a protocol on X": not "said in a statement", nor "the
    // launch of negotiations on a trade agreement"; and it takes no object after it: "a memorandum on a working group that will
    // draft a Charter on X".)
    // (Past a short aside set off by commas: "agreed to sign, at an early date, an agreement on …".)
    if (m.described && (out.length > 0 || m.from < cursor || s.tokens.slice(pastAside(s, cursor, m.from), m.from).some((t) => t.lower !== "to"))) {
      if (m.from >= cursor) break;
      continue;
    }
    if (out[0]?.described) break;
    // "neither Convention": the two instruments a pair reference stands for share its place.
    const last = out[out.length - 1];
    if (last && m.from === last.from && m.to === last.to) {
      out.push(m);
      continue;
    }
    if (m.from < cursor || m.from >= stop) continue;
    // "ratified the Convention's Optional Protocol", "the Rome Statute's Kampala amendments": a possessor names what the object
    // belongs to, not the object.
    // (When what it possesses is no instrument, "the Pact's approach to the 2030 Agenda", the act has no object here.)
    if (s.tokens[m.to]?.text === "'s") {
      if (!s.instruments.some((x) => x.from === m.to + 1)) break;
      cursor = m.to + 1;
      continue;
    }
    // "the Joint Declaration on Y", "resolution 77/53, entitled 'Y'": Y is the first object's topic or title, not another object.
    if (out.length > 0 && topicOf(s, cursor, m.from)) break;
    // "the Lusaka Plan of Action for the Implementation of the Kampala Convention": Y completes the first object's name.
    if (out.length > 0 && s.tokens[cursor]?.lower === "of" && (m.from === cursor + 1 || (m.from === cursor + 2 && s.tokens[cursor + 1]?.lower === "the")))
      break;
    // "the 2001 Protocol on Democracy, supplementary to the Protocol relating to the Mechanism": Y is what the object supplements.
    if (
      out.length > 0 &&
      s.tokens.slice(cursor, m.from).some((t, k, all) => ATTACHED_TO.has(t.lower) && (VERB_ATTACHED.has(t.lower) || all[k + 1]?.lower === "to"))
    )
      break;
    let gap = 0;
    let ok = true;
    // "the text, which concerns Y": Y is the relative clause's, unless a coordinator after the clause
    // takes up the list again ("X, which are …, as well as to Y").
    let relative = false;
    for (let i = cursor; i < m.from && ok; i++) {
      // ("acceded in its own right to X": an adverbial, no words of the object's gap.)
      if (ownRightAt(s.tokens, i)) {
        i += OWN_RIGHT_TOKENS - 1;
        continue;
      }
      const t = s.tokens[i] as Token;
      // "ratified X but not Y": Y is not an object; nor is an instrument past a negation, which belongs to another act
      // ("Japan, which ratified X in 1985, has not yet accepted Y").
      // (Nor is one past a conjunction that opens another clause: "has not signed X, so the Agreement cannot be applied".)
      if (
        BLOCKING_NOUNS.has(t.lower) ||
        (out.length > 0 && (EXCLUDING.has(t.lower) || CLAUSE_CONJUNCTIONS.has(t.lower))) ||
        (NEGATORS.has(t.lower) && !MODIFYING_NEGATORS.has(t.lower))
      )
        ok = false;
      else if (!OBJECT_FILLER.has(t.lower) && !YEAR.test(t.text)) gap++;
      if (startsGroup(s, i)) ok = false;
      // ("… a party to X since 1998, it was still considering Y": a pronoun and its verb after a comma open another clause.)
      if (
        out.length > 0 &&
        t.text === "," &&
        PRONOUN_CLAUSE_SUBJECTS.has(s.tokens[i + 1]?.lower ?? "") &&
        CLAUSE_VERBS_AFTER_PRONOUN.has(s.tokens[i + 2]?.lower ?? "")
      )
        ok = false;
      // ("is a party to X, and will study the new instrument": "and" and a modal open another predicate.)
      if (out.length > 0 && t.lower === "and" && PREDICATE_MODALS.has(s.tokens[i + 1]?.lower ?? "")) ok = false;
      if (inItem && t.text === ";" && itemMarkerAt(s.tokens, i + 1) > 0) ok = false;
      // "ratified all treaties related to the Convention": the texts related to it, not the Convention.
      // (Not a list after them: "party to five of the conventions relating to terrorism: – X – Y".)
      if (RELATED.has(t.lower) && GENERIC_INSTRUMENTS.has(s.tokens[i - 1]?.lower ?? "") && s.tokens[i + 1]?.lower === "to" && m.from - i <= 3) ok = false;
      if (RELATIVE_OPENERS.has(t.lower)) relative = true;
      else if (relative && out.length > 0 && (t.lower === "and" || t.lower === "well")) relative = false;
    }
    const limit = out.length === 0 ? MAX_OBJECT_GAP : MAX_OBJECT_GAP + 6;
    if (!ok || relative || gap > limit) break;
    out.push(m);
    cursor = m.to;
  }
  return out;
}

const RELATED = new Set(["related", "relating", "linked", "connected"]);
/** Subject pronouns that open a clause of their own after a comma. */
const PRONOUN_CLAUSE_SUBJECTS = new Set(["it", "they", "he", "she", "we"]);
/** Auxiliaries and verbs right after such a pronoun ("it was", "they have", "it would"). */
const CLAUSE_VERBS_AFTER_PRONOUN = new Set([
  "was",
  "is",
  "were",
  "are",
  "has",
  "have",
  "had",
  "would",
  "will",
  "could",
  "can",
  "did",
  "does",
  "do",
  "remains",
  "remained",
  "said",
  "says",
]);
/** Modals that, after "and", open a predicate of their own. */
const PREDICATE_MODALS = new Set(["will", "would", "shall", "should", "may", "might", "can", "could", "must"]);
/** "in its own right", "in their own right": four tokens. */
const OWN_RIGHT_TOKENS = 4;
function ownRightAt(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.lower === "in" &&
    (tokens[i + 1]?.lower === "its" || tokens[i + 1]?.lower === "their") &&
    tokens[i + 2]?.lower === "own" &&
    tokens[i + 3]?.lower === "right"
  );
}
/** Plural nouns for texts in general, before "related to X". */
const GENERIC_INSTRUMENTS = new Set(["treaties", "instruments", "agreements", "protocols", "conventions", "texts"]);

/** Letters and roman numerals that number enumerated items: "(a)", "b)", "(iv)". */
const ITEM_NUMBER = /^(?:[a-z]|[ivx]{1,4})$/u;

/** The length of an item's number at token `i` ("(a)" is 3 tokens, "b)" is 2), or 0. */
function itemMarkerAt(tokens: readonly Token[], i: number): number {
  const open = tokens[i]?.text === "(" ? 1 : 0;
  return ITEM_NUMBER.test(tokens[i + open]?.text ?? "") && tokens[i + open + 1]?.text === ")" ? open + 2 : 0;
}

/** Whether token `at` is inside an enumerated item: an item's number after ":" or ";" stands between the sentence's start and it. */
function itemOpensBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k > s.from; k--) {
    const t = (s.tokens[k] as Token).text;
    if ((t === ":" || t === ";") && itemMarkerAt(s.tokens, k + 1) > 0) return true;
  }
  return false;
}

export function nextCueStart(s: Sentence, index: number): number {
  const next = s.cues[index + 1];
  return next ? next.from : s.to;
}

export function instrumentNear(s: Sentence, at: number): InstrumentMention | null {
  let best: InstrumentMention | null = null;
  let dist = Infinity;
  for (const m of s.instruments) {
    const d = m.from >= at ? m.from - at : at - m.to;
    if (d < dist) {
      best = m;
      dist = d;
    }
  }
  return best;
}

/** The pronoun object of an act at `at`: "ratified it", "signed them", "acceded to it", "signed onto it". */
export function pronounObjectAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]?.lower === "to" || tokens[at]?.lower === "onto" ? tokens[at + 1] : tokens[at];
  return t !== undefined && (t.lower === "it" || t.lower === "them");
}

export function isClauseEnd(s: Sentence, at: number): boolean {
  const t = s.tokens[at];
  if (!t || at >= s.to) return true;
  if (CLAUSE_PUNCTUATION.has(t.text)) return true;
  // A bare date after the act, as trackers write it ("Malawi – ratified 2008", "signed 12 May 2008", "ratified May 2008").
  // (Not "may", which is mostly the modal.)
  if (isYearWord(t.lower) || (isMonthWord(t.lower) && t.lower !== "may") || (/^\d{1,2}$/u.test(t.text) && isMonthWord(s.tokens[at + 1]?.lower ?? "")))
    return !s.instruments.some((m) => m.from === at);
  // "Poland ratified the same year", "… that same day": a date the text gave before.
  if ((t.lower === "the" || t.lower === "that") && DATE_ANAPHOR_UNITS.has(s.tokens[at + (s.tokens[at + 1]?.lower === "same" ? 2 : 1)]?.lower ?? ""))
    return s.tokens[at + 1]?.lower === "same" || t.lower === "that";
  // "A, B and C have neither signed nor ratified.": an act coordinated with another that ends its clause ends there too.
  if (t.lower === "nor" || t.lower === "or") {
    const next = s.cues.find((c) => c.from === at + 1 && c.def.form === "verb");
    return !!next && isClauseEnd(s, next.to);
  }
  // ("Five have signed and ratified: A, B", "… signed but not yet ratified: C, D": likewise after "and" or "but".)
  if (t.lower === "and" || t.lower === "but") {
    let k = at + 1;
    while (k < s.to && k - at <= CHAINED_VERB_GAP && CHAINED_VERB_WORDS.has(s.tokens[k]?.lower ?? "")) k++;
    const next = s.cues.find((c) => c.from === k && c.def.form === "verb");
    return !!next && isClauseEnd(s, next.to);
  }
  // "The Netherlands signed first as host", "Ghana ratified first, followed by …": a rank that closes the act (not "committed to
  // first exchanges in 2028").
  if (t.lower === "first") return at + 1 >= s.to || s.tokens[at + 1]?.lower === "as" || CLAUSE_PUNCTUATION.has(s.tokens[at + 1]?.text ?? "");
  // "Lithuania, the host, has not signed yet.": a closing "yet" of a denied act (not a conjunction: "signed, yet never ratified").
  if (t.lower === "yet") return (at + 1 >= s.to || CLAUSE_PUNCTUATION.has(s.tokens[at + 1]?.text ?? "")) && NOT_YET.has(s.tokens[at - 2]?.lower ?? "");
  // ("intends to ratify promptly", "will ratify only once …": an adverb before the clause's end.)
  // (Only before the clause's end or a condition: not "which the Assembly adopted unanimously in 1961", whose object is before.)
  if (ADVERB.test(t.lower) && t.word && t.text === t.lower) {
    const next = s.tokens[at + 1];
    return !next || at + 1 >= s.to || CLAUSE_PUNCTUATION.has(next.text) || CONDITION_WORDS.has(next.lower);
  }
  return CLAUSE_WORDS.has(t.lower) && !s.instruments.some((m) => m.from > at && m.from - at <= 3);
}
/** Words between "and" or "but" and a verb coordinated with the one before ("but has not yet ratified"). */
const CHAINED_VERB_WORDS = new Set(["not", "yet", "never", "also", "then", "later", "subsequently", "has", "have", "had"]);
const CHAINED_VERB_GAP = 3;
/** The negation right before the verb a closing "yet" follows ("has not signed yet", "have never ratified yet"). */
const NOT_YET = new Set(["not", "n't", "never"]);
const DATE_ANAPHOR_UNITS = new Set(["day", "date", "month", "year"]);

/**
 * Draft `d` with `changes`. Every draft is made by the one literal below (draft() builds its own the
 * same way): drafts copied by spreading took ten object shapes, and every rule and refiner that read
 * a draft's fields read them through megamorphic property loads.
 */
export function redraft(d: Draft, changes: Partial<Draft>): Draft {
  const copy: Draft = {
    cue: d.cue,
    action: d.action,
    polarity: d.polarity,
    agents: d.agents,
    instruments: d.instruments,
    topical: d.topical,
    rule: d.rule,
    polarityBy: d.polarityBy,
    agentFrom: d.agentFrom,
  };
  return Object.assign(copy, changes);
}

const ACT_NOUNS = new Set(["ratification", "accession", "acceptance", "instrument", "instruments"]);

/** "instrument of ratification of X", "its accession to X": an act noun right before the instrument at `at`. */
export function actNounBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(s.from, at - 4); k--) if (ACT_NOUNS.has((s.tokens[k] as Token).lower)) return true;
  return false;
}

/** What may come just before a noun phrase that is its clause's subject. */
const CLAUSE_OPENERS = new Set([",", ";", ":", "that", "and", "but", "while", "whereas", "–", "—"]);
/** Prepositions that open an act noun's object ("accession to …", "ratification of …"). */
const OBJECT_LINKS = new Set(["to", "of"]);
/** How many words an object no mention reads may have ("the two Protocols"). */
const UNREAD_OBJECT_WORDS = 5;
/** Modals after an act noun's phrase that leave its act to come. */
const MODAL_WORDS = new Set(["would", "will", "could", "might", "should", "shall"]);
/** Adjectives of order before an act noun that opens its clause ("first ratifications", "further accessions"). */
const ORDER_ADJECTIVES = new Set(["first", "further", "new", "more", "early", "formal"]);

/**
 * An act noun's own polarity words: the verb that takes it back ("withdrew its ratification of X"),
 * or, when the noun phrase is its clause's subject ("Chile's ratification of X would make it …",
 * "The accession of X by Y will …"), a modal right after the phrase. A noun phrase inside another
 * ("changes related to Canada's accession to the ATT will come into effect") is left alone.
 */

function afterNoun(s: Sentence, cue: CueMention, agents: ActorGroup, instruments: readonly InstrumentMention[]): PolarityResult | null {
  // (Also "its instrument of ratification … was approved by its Cabinet": the instrument's noun phrase as the subject.)
  if (cue.def.form !== "noun" && cue.def.form !== "deposit") return null;
  const back = takenBack(s.tokens, cue.from);
  if (back) return back;
  let start = agents.to <= cue.from ? Math.min(agents.from, cue.from) : cue.from;
  // ("First ratifications are expected from A and B", "– first ratifications expected from …": an adjective of order before the noun.)
  if (ORDER_ADJECTIVES.has(s.tokens[start - 1]?.lower ?? "")) start--;
  if (DETERMINERS.has(s.tokens[start - 1]?.lower ?? "")) start--;
  // ("- Chile's instrument of ratification is expected within weeks": a list item's bullet opens the clause too.)
  const bullet = start - 1 === s.from && BULLETS.has(s.tokens[s.from]?.text ?? "");
  if (start > s.from && !bullet && !CLAUSE_OPENERS.has(s.tokens[start - 1]?.lower ?? "")) return null;
  // The noun's own object ("of X", "to X"), not an instrument in a later clause ("…, so the treaty will enter into force"),
  // before or after its agent ("… of X by (the) Chile would", "an accession by Malawi to X is expected").
  // (Any mention the sentence has there, a reference too: "An accession by Myanmar to the two Protocols would …", whose text is resolved
  // later.)
  const objectAt = (from: number) =>
    instruments.find((m) => m.from >= from && m.from - from <= 3) ?? s.instruments.find((m) => m.from >= from && m.from - from <= 3);
  // ("Ratification instruments from A and B have not yet been deposited": the compound's head noun after the act noun.)
  const head = s.tokens[cue.to]?.lower === "instrument" || s.tokens[cue.to]?.lower === "instruments" ? cue.to + 1 : cue.to;
  let end = objectAt(head)?.to ?? head;
  if (agents.from >= end && agents.from - end <= (s.tokens[agents.from - 1]?.lower === "the" ? 2 : 1)) end = objectAt(agents.to)?.to ?? agents.to;
  // "… of the Universal Postal Convention (Abidjan 2021) was approved": past the object's bracket.
  if (end > cue.to && s.tokens[end]?.text === "(") {
    const close = s.tokens.findIndex((t, k) => k > end && k < end + 10 && t.text === ")");
    if (close > 0) end = close + 1;
  }
  // ("An accession by Myanmar to the two Protocols would …": an object no mention reads, a few words after its preposition.)
  if (OBJECT_LINKS.has(s.tokens[end]?.lower ?? "") && !s.instruments.some((m) => m.from > end && m.from - end <= 2)) {
    let k = end + 1;
    while (k < s.to && k - end <= UNREAD_OBJECT_WORDS && (s.tokens[k] as Token).word && !MODAL_WORDS.has((s.tokens[k] as Token).lower)) k++;
    if (MODAL_WORDS.has(s.tokens[k]?.lower ?? "")) return modalAfterObject(s.tokens, k);
  }
  // (With no object of its own, only what its predicate says of it: "Eritrea's instrument of accession has not been received".)
  return end > cue.to ? (modalAfterObject(s.tokens, end) ?? predicateAfterObject(s.tokens, end)) : predicateAfterObject(s.tokens, end);
}

/** Pronouns a gerund's object may be ("joining it", "ratifying them"). */
const OBJECT_PRONOUNS = new Set(["it", "them"]);

/**
 * "… said that joining it would be incompatible with …", "ratifying the Treaty could take years": a gerund with its object, as the
 * subject of a modal, is an act weighed, no one's (WEIGHED: the draft is dropped); null otherwise.
 */
function gerundBeforeModal(s: Sentence, cue: CueMention): PolarityResult | null {
  if (!/ing$/u.test(s.tokens[cue.from]?.lower ?? "")) return null;
  let end = cue.to;
  if (s.tokens[end]?.lower === "to") end++;
  if (OBJECT_PRONOUNS.has(s.tokens[end]?.lower ?? "")) end++;
  else {
    const object = s.instruments.find((m) => m.from >= end && m.from - end <= 1);
    if (object) end = object.to;
  }
  const modal = s.tokens[end]?.lower ?? "";
  return end > cue.to && MODAL_WORDS.has(modal) ? { polarity: "planned", by: WEIGHED } : null;
}

/** The end of an act noun's phrase: its own object when one follows within three tokens ("ratification of the Convention"), else the noun. */
function nounPhraseEnd(cue: CueMention, instruments: readonly InstrumentMention[]): number {
  return instruments.find((m) => m.from >= cue.to && m.from - cue.to <= 3)?.to ?? cue.to;
}

export function draft(
  s: Sentence,
  cue: CueMention,
  rule: string,
  agents: ActorGroup,
  instruments: InstrumentMention[],
  topical: boolean,
  polarityFloor?: number,
): Draft {
  // ("The Committee against Torture urged …": a body's name holds no negation either.)
  const inName = (i: number) =>
    s.instruments.some((m) => m.from <= i && i < m.to) || s.groups.some((g) => g.members.some((x) => x.kind === "named" && x.from <= i && i < x.to));
  const floor = Math.max(s.from, polarityFloor ?? (agents.to <= cue.from ? agents.from - 2 : s.from));
  // ("(a) Malawi deposit its instrument of accession to X": the possessive's own clause has the plain verb after one state.)
  const asked = agents.members[0]?.kind === "possessive" && s.tokens[agents.from - 1]?.lower === "deposit" ? plainDeposit(s, agents.from - 1) : null;
  const before = asked ?? deniedClaim(s.tokens, cue.from, s.from, s.to) ?? polarityBefore(s.tokens, cue.from, floor, inName);
  const p =
    (agents.to <= cue.from
      ? (counterfactual(s.tokens, agents.from, cue.from, s.from) ??
        mandated(s.tokens, agents.from, cue.from, s.from) ??
        plainVerbAfterSingular(s.tokens, singularState(agents) && !auxiliaryBefore(s, agents.from), agents.to, cue.from) ??
        negatedQuantifierHead(s.tokens, agents.from, s.from) ??
        negatedSubject(s.tokens, agents.from))
      : null) ??
    (before.polarity === "affirmed"
      ? (zeroCountSubject(s.tokens, cue.from, s.from) ??
        negatedObject(s.tokens, cue.to) ??
        afterNoun(s, cue, agents, instruments) ??
        gerundBeforeModal(s, cue) ??
        onlyWhenAfter(s.tokens, cue.from, cue.to, s.to) ??
        conditionalAct(s.tokens, cue.from, s.from) ??
        (agents.members[0]?.kind === "possessive"
          ? (conditionalObject(s.tokens, agents.from, s.from) ??
            // (An act noun's, not a bare instrument's: "only when its instrument is deposited" is read by the deposit's own rules.)
            (cue.def.form === "noun" ? conditionalNoun(s.tokens, agents.from, nounPhraseEnd(cue, instruments), s.from) : null))
          : null) ??
        before)
      : before);
  // "rejected an amendment tabled by the Russian Federation": the text's fate is not its tabling, which was done.
  // "did not ratify until 2014": done, then.
  const fate =
    (cue.def.action === "co-sponsored" && cue.def.form === "noun" && TEXT_FATES.has(p.by ?? "")) || (p.by === "not" && notUntil(s.tokens, cue.to, s.to));
  const polarity = fate ? "affirmed" : cue.def.polarity && p.polarity === "affirmed" ? cue.def.polarity : p.polarity;
  return {
    cue,
    action: cue.def.action,
    polarity,
    agents: agents.members,
    instruments,
    topical,
    rule,
    // ("withdrew from the RCEP negotiations", "pulled out of talks on X": the State left a process, not a text it was bound by.)
    polarityBy: fate
      ? null
      : cue.def.withdrawal
        ? p.polarity === "affirmed" && !withdrawnFromProcess(s, cue.to, instruments)
          ? WITHDRAWAL
          : UNDONE_WITHDRAWAL
        : (cue.def.polarity ?? p.by),
    agentFrom: agents.from,
  };
}

/** What a State may leave that is no text it is bound by: "the negotiations", "talks on X", "the process". */
export const PROCESS_NOUNS: ReadonlySet<string> = new Set(["negotiations", "negotiation", "talks", "process", "consultations", "discussions", "negotiating"]);
/** How far past a withdrawal's cue its object's head may be. */
const PROCESS_REACH = 3;

/** Whether a withdrawal's object is a process about its text ("from the negotiations on X", "from the RCEP negotiations"). */
function withdrawnFromProcess(s: Sentence, cueTo: number, instruments: readonly InstrumentMention[]): boolean {
  const m = instruments.find((x) => x.from >= cueTo);
  const end = m ? Math.min(m.from, cueTo + PROCESS_REACH) : cueTo + PROCESS_REACH;
  for (let k = cueTo; k < Math.min(s.to, end); k++) if (PROCESS_NOUNS.has((s.tokens[k] as Token).lower)) return true;
  return m !== undefined && PROCESS_NOUNS.has(s.tokens[m.to]?.lower ?? "");
}

/** "Malawi deposit": the plain verb at `verb` right after one named state, or null. */
function plainDeposit(s: Sentence, verb: number): { polarity: "planned"; by: string } | null {
  const g = s.groups.find((x) => x.to === verb);
  return g && singularState(g) && !auxiliaryBefore(s, g.from) ? { polarity: "planned", by: "mandative" } : null;
}

/** "Does Jamaica support X?", "will Chile sign", "to have Chile sign": the plain verb is the auxiliary's, not a mandate. */
function auxiliaryBefore(s: Sentence, from: number): boolean {
  const k = s.tokens[from - 1]?.lower === "the" ? from - 2 : from - 1;
  return PLAIN_VERB_LICENSORS.has(s.tokens[k]?.lower ?? "");
}
const PLAIN_VERB_LICENSORS = new Set([
  "does",
  "did",
  "do",
  "will",
  "would",
  "can",
  "could",
  "should",
  "shall",
  "must",
  "may",
  "might",
  "to",
  "let",
  "make",
  "made",
  "help",
  "helped",
  "have",
  "had",
  "see",
  "saw",
]);

/** One named state (not "we", not a list): its verb agrees in the third person singular. */
function singularState(g: ActorGroup): boolean {
  return g.members.length === 1 && g.members[0]?.kind === "named" && g.members[0]?.actor?.kind === "state";
}

/** What befalls a text after it is tabled: its sponsors still tabled it. */
const TEXT_FATES = new Set(["rejected", "blocked", "vetoed", "withdrawn", "defeated"]);

/** The polarity cause of a withdrawal done ("withdrew from X"): party no longer, which a later return supersedes (refine/records.ts). */
export const WITHDRAWAL = "withdrawal";
/** The polarity cause of a withdrawal not done ("has not withdrawn from X", "will withdraw from X"): the linker keeps no such draft. */
export const UNDONE_WITHDRAWAL = "withdrawal not done";
