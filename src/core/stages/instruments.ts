import { JOINING_WORDS } from "../lexicon/cues";
import { catalogIndex } from "../lexicon/catalogIndex";
import { WordSet } from "../lexicon/wordTags";
import type { CatalogEntry, InstrumentType } from "../model";
import { isCapitalFirstWord, isStateFirstWord, STATES } from "../lexicon/countries";
import { BULLETS, DASHES, isCapitalised, isPossessiveMark, tokenizePhrase, type Token } from "../text/tokens";
import {
  CALENDAR,
  DIGIT_FIRST,
  glued,
  HEAD_TYPE_MAP,
  HEADS,
  instrumentMention,
  joinText,
  MAX_TAIL_WORDS,
  NAME_CONNECTORS,
  NUMBER,
  NUMERAL_JOINS,
  PLURAL_HEAD,
  ROMAN,
  TAIL_STOP,
  typeOfHead,
  YEAR,
  AMENDMENT_ACRONYM,
  AMENDMENT_NOUNS,
} from "./instrumentWords";
import { isDateWord, isMonthWord } from "./dates";
import { numeralParts, quotedNameAt } from "./nameForms";
import { bareNumberEnd, findNumberedConventions, mayStartNumbered, numberSuffix } from "./numberedConventions";
import { ORDINAL_WORD } from "./polarity";
import { findResolutions, HEADLINE_BREAKS, mayStartResolution, stateDocumentEnd } from "./resolutionMentions";

/** More white space than this between two words sets them in different cells of a table. */
const COLUMN_GAP = 3;

export { childMentions } from "./childMentions";

/**
 * Instrument mentions in a sentence, each a token range with what it names:
 *  - catalog:   a catalog name, alias or acronym ("CTBT", "Paris Principles");
 *  - resolution: "Security Council resolution 2347 (2017)", "resolutions 1368 and 1373",
 *                "A/RES/60/288", "the draft resolution 'Title' (document A/C.1/71/L.1)";
 *  - named:     a capitalised name around a head noun ("Vancouver Principles", "ASEAN Convention
 *                on Counter Terrorism", "the UNESCO Action Plan"), resolved to the catalog by
 *                content words where it can be;
 *  - children:  "its two Protocols", "its 1967 Protocol" after a named convention;
 *  - anaphor:   "the Convention", "this treaty", "the document", "it" (resolved by a refiner to
 *                the instrument named before).
 */
export type InstrumentMentionKind = "catalog" | "resolution" | "named" | "children" | "anaphor";

export interface InstrumentMention {
  from: number;
  to: number;
  kind: InstrumentMentionKind;
  /** The instrument as written (for anaphors: filled in on resolution). */
  text: string;
  entry: CatalogEntry | null;
  type: InstrumentType;
  /** For anaphors: the head word that must agree with the antecedent ("convention", "resolution"). */
  head?: string;
  /** For weak names used as anaphors ("the Optional Protocol"): the text to keep if nothing precedes. */
  fallbackText?: string;
  /**
   * For a reference by subject in lower case ("the death-penalty protocol", "the torture convention"): the subject's words, which
   * the antecedent's name must hold; nothing else is meant.
   */
  subject?: string;
  /**
   * For a resolution described by the instrument it is about ("the resolution on the CTBT"), or an amendment named by its parent
   * ("an amendment to the Convention on International Civil Aviation"): that instrument, an antecedent for "the Treaty" after it.
   */
  about?: InstrumentMention;
  /** For "neither Convention", "both instruments", "all three treaties", "them": a reference to several named before (refine/references.ts). */
  pair?: boolean;
  /** With `pair`: how many ("all three" 3, "both" 2); 0 for all the last sentence that names several ("signed them"). */
  count?: number;
  /** A mention a set reference was expanded into: as good an antecedent for another set reference as a name. */
  fromSet?: boolean;
  /**
   * An unnamed text described in lower case ("a military cooperation protocol", "a joint statement on X"): the object of an act of
   * its own sentence, never an antecedent or a topic (pipeline.ts keeps it out of the sentence's instruments).
   */
  described?: boolean;
  /** For a lower-case treaty head with what it is about ("the agreement on the regulation of …"): where that subject ends. */
  subjectTo?: number;
}

const LEADING_NOISE = new Set([
  "The",
  "In",
  "On",
  "During",
  "Also",
  "This",
  "That",
  "These",
  "Its",
  "A",
  "An",
  "And",
  "By",
  "For",
  "With",
  "As",
  "At",
  "After",
  "Following",
  "Under",
  "Both",
  "Our",
  "Their",
  "His",
  "Her",
  "My",
]);
const TAIL_STARTERS = new Set(["on", "concerning", "relating", "regarding", "for", "against", "to"]);
const ANAPHOR_DETERMINERS = new WordSet(["the", "this", "that", "these", "those", "said", "such"]);
/** "its two Protocols", "their Optional Protocols": the owners a children mention starts with. */
const CHILD_OWNERS = new WordSet(["its", "their"]);
const ANAPHOR_MODIFIERS = new Set([
  "new",
  "ban",
  "above",
  "above-mentioned",
  "same",
  "draft",
  "present",
  "relevant",
  "recent",
  "latest",
  "two",
  "optional",
  "additional",
  "said",
  "whole",
  "main",
  "founding",
  "original",
  "final",
  "agreed",
  // ("the biennial resolution": the one named before, said how often it comes.)
  "annual",
  "biennial",
  "triennial",
]);
/** Nouns of depositing an instrument of consent ("deposit of the instrument"). */
const DEPOSIT_NOUNS = new Set(["deposit", "lodgement", "lodgment", "lodging"]);
/** Heads that may stand alone on a line as a sub-heading naming the text of that kind named before. */
const LABEL_HEADS = new Set(["convention", "recommendation", "protocol", "resolution", "amendment", "declaration", "treaty", "agreement"]);
/** Lower-case nouns an instrument's head modifies ("the treaty bodies", "the Convention secretariat"). */
const COMPOUNDED_NOUNS = new Set(["bodies", "body", "event", "events", "obligations", "secretariat", "negotiations", "regime", "system", "committee"]);
const ANAPHOR_HEADS = new Set([
  "convention",
  "treaty",
  "protocol",
  "protocols",
  "resolution",
  "declaration",
  "principles",
  "amendment",
  "amendments",
  "agreement",
  "pact",
  "accord",
  "accords",
  "call",
  "statute",
  "covenant",
  "charter",
  "document",
  "instrument",
  "text",
  "strategy",
  "decision",
  "plan",
  "pledge",
  "compact",
  "recommendation",
]);
/**
 * Heads that are a reference only with a capital ("the Pledge", "the Compact", an ILO "Recommendation"; "heeded the call", "the pledge
 * to act", a review's "the recommendation" are none).
 */
const CAPITAL_ONLY_HEADS = new Set(["call", "pledge", "compact", "recommendation"]);
const WEAK_NAME_WORDS = new Set(["optional", "additional", "new", "draft", "first", "second", "third", "two", "the", "this", "ban", "global"]);
const MAX_NAME_TOKENS = 30;

// Hoisted out of the per-token loops below: a regex literal is a new object every time it runs.
const PROTOCOLS = /^protocols?$/iu;
const PLURAL_CHILD = /^(?:protocols|amendments)$/u;
const CHILD_COUNT = /^(?:two|three|both|optional|additional|\d{4})$/u;
/** After "its Protocol": a name goes on ("its Optional Protocol on ..."), so it is not a bare child reference. */
const NAME_GOES_ON = new Set(["to", "on", "of", "relating", "concerning", "for"]);
const LOWER_HEADS = new Set(["convention", "treaty", "agreement", "protocol", "covenant", "declaration", "pact", "accord"]);
const LOWER_LINKS = new Set(["on", "for", "against", "concerning"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that"]);
const NAMING_PARTICIPLES = new Set(["establishing", "creating", "instituting", "governing", "banning", "prohibiting", "providing"]);
/** Words after "on" that make it no name's tail ("signed the Protocol on behalf of X", "on entry into force"). */
const NOT_A_TAIL = new Set(["behalf", "entry", "occasion", "condition", "basis"]);
const PARENT_LINKS = new Set(["to the", "of the", "to", "of"]);
/** Links from a child to its parent named only as the text before ("the Protocol to that Convention …"). */
const REFERRING_LINKS = new Set(["to that", "to this"]);
const CHILD_HEAD = /^(?:protocol|protocols|amendment|amendments|act)$/u;
const AMENDING_HEAD = /^(?:protocol|amendment|agreement)$/u;
const AMENDING_LINKS = new Set(["amending the", "amending", "to amend the", "to amend", "inserting the", "inserting"]);
/** How far after "into" the text a Protocol inserts another into is named ("into Annex 1A of the WTO Agreement"). */
const INTO_REACH = 6;

/** Where each form may start in a sentence: one look at every token, so that each finder visits only these. */
interface FormStarts {
  resolutions: number[];
  numbered: number[];
  children: number[];
  heads: number[];
  /** "Act" ("the Geneva Act of the Lisbon Agreement"). */
  acts: number[];
  /** Quoted names and anaphors. */
  others: number[];
}

function formStarts(tokens: readonly Token[], from: number, to: number): FormStarts {
  const starts: FormStarts = { resolutions: [], numbered: [], children: [], heads: [], acts: [], others: [] };
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (mayStartResolution(tokens, i)) starts.resolutions.push(i);
    if (mayStartNumbered(t)) starts.numbered.push(i);
    if (CHILD_OWNERS.hasToken(t)) starts.children.push(i);
    if (HEADS.hasToken(t)) starts.heads.push(i);
    if (t.text === "Act") starts.acts.push(i);
    if (t.text === '"' || ANAPHOR_DETERMINERS.hasToken(t) || PAIR_DETERMINERS.has(t.lower) || t.lower === "them") starts.others.push(i);
  }
  return starts;
}

function isFree(taken: Uint8Array, offset: number, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (taken[i - offset]) return false;
  return true;
}

export function findInstruments(view: string, tokens: readonly Token[], from: number, to: number): InstrumentMention[] {
  // A line that is only a text's head ("Convention" over "Against: A (2)", then "Recommendation" over its own lines): a sub-heading
  // that refers to the text of that kind named before, for the lines under it.
  const only = to - from === 1 ? (tokens[from] as Token) : undefined;
  if (only && only.word && isCapitalised(only) && !allCaps(only) && LABEL_HEADS.has(only.lower))
    return [instrumentMention(from, to, "anaphor", "", null, typeOfHead(only.lower) ?? "other", only.lower)];
  const out: InstrumentMention[] = [];
  const taken = new Uint8Array(to - from);
  const claim = (m: InstrumentMention) => {
    for (let i = m.from; i < m.to; i++) taken[i - from] = 1;
    out.push(m);
  };
  const free = (a: number, b: number) => isFree(taken, from, a, b);
  const starts = formStarts(tokens, from, to);
  // A treaty body's document on one State ("CAT/C/MNG/QPR/3") names no instrument: its tokens are taken, for nothing.
  for (const i of starts.resolutions) {
    const end = stateDocumentEnd(tokens, i, to);
    for (let k = i; k < end; k++) taken[k - from] = 1;
  }
  for (const m of findResolutions(view, tokens, from, to, starts.resolutions)) if (free(m.from, m.to)) claim(m);
  for (const m of findNumberedConventions(view, tokens, from, to, starts.numbered)) if (free(m.from, m.to)) claim(m);
  const cat = catalogIndex();
  for (const m of cat.phrases.findAll(tokens, from, to)) {
    if (!free(m.from, m.to)) {
      // Inside a resolution's description ("resolution 78/37, on the implementation of the Convention on Cluster Munitions").
      const described = out.find((r) => r.kind === "resolution" && r.from <= m.from && m.to <= r.to);
      if (described) described.about ??= instrumentMention(m.from, m.to, "catalog", joinText(view, tokens, m.from, m.to), m.value, m.value.type);
      continue;
    }
    // The body's name before its instrument: "ILO Domestic Workers Convention", "OECD Declaration", "the Council of Europe Istanbul
    // Convention".
    const left = bodyNameStart(tokens, m.from, from, m.value.body, free);
    const extended = extendName(view, tokens, left, m.to, to);
    const text = joinText(view, tokens, extended.from, extended.to);
    const entry = extended.entry ?? m.value;
    claim(instrumentMention(extended.from, extended.to, "catalog", text, entry, entry.type));
  }
  // Each loop below visits only the tokens its form may start at, in order, past the mention it last claimed.
  // "its two Protocols" before names, so that "its 1967 Protocol" is the convention's child, not a name.
  let next = from;
  for (const i of starts.children) {
    if (i < next || taken[i - from]) continue;
    const m = childrenAt(tokens, i, to);
    if (m && free(m.from, m.to)) {
      claim(m);
      next = m.to;
    }
  }
  next = from;
  for (const i of starts.heads) {
    if (i < next || taken[i - from]) continue;
    const t = tokens[i] as Token;
    const headType = HEAD_TYPE_MAP.get(t.lower);
    if (!headType || headType === "resolution") continue;
    const named = namedAround(view, tokens, i, from, to, free);
    if (named) {
      for (const part of numeralParts(view, tokens, named)) claim(part);
      next = named.to;
    }
  }
  for (const i of starts.acts) {
    const m = revisionActAt(view, tokens, i, from, to);
    if (m && free(m.from, m.to)) claim(m);
  }
  // "a treaty banning anti-personnel land mines", "the convention to prohibit cluster munitions": a treaty described by what it bans.
  for (const i of starts.heads) {
    if (taken[i - from]) continue;
    const m = bannedTreatyAt(tokens, i, from, to);
    if (m && free(m.from, m.to)) claim(m);
  }
  next = from;
  for (const i of starts.others) {
    if (i < next || taken[i - from]) continue;
    const m = quotedNameAt(view, tokens, i, to) ?? pairAt(tokens, i, to) ?? anaphorAt(tokens, i, to);
    if (m && free(m.from, m.to)) {
      claim(m);
      next = m.to;
    }
  }
  // "signed a military cooperation protocol", "a joint statement on further deepening the partnership": an unnamed text described
  // in lower case, kept as written.
  for (let i = from; i < to; i++) {
    if (taken[i - from] || !INDEFINITE.has((tokens[i] as Token).lower)) continue;
    const m = describedAt(tokens, i, to);
    if (m && free(m.from, m.to)) claim(m);
  }
  return mergeProtocolsOfParents(
    view,
    tokens,
    out.sort((a, b) => a.from - b.from),
    to,
  );
}

const INDEFINITE = new Set(["a", "an"]);
/** Heads of a treaty described by what it bans, in lower case. */
const BANNING_HEADS = new Set(["treaty", "convention", "pact", "agreement", "accord"]);
/** The participles that say what a treaty bans ("banning", "prohibiting", "outlawing"); and the infinitives' verbs after "to". */
const BANNING = new Set(["banning", "prohibiting", "outlawing"]);
const TO_BAN = new Set(["ban", "prohibit", "outlaw"]);
/** Adjectives between the article and a described treaty's head ("a global treaty banning …"). */
const TREATY_ADJECTIVES = new Set(["new", "global", "international", "landmark", "historic", "binding", "legally", "legally-binding", "worldwide"]);
/** Words of what a treaty bans at most ("anti-personnel land mines"). */
const MAX_BANNED_WORDS = 4;

/**
 * "a treaty banning anti-personnel land mines", "the global treaty to ban cluster munitions": a treaty described in lower case by what
 * it bans, at its head `h`. The catalog's treaty that bans it when one does ("nuclear weapons": the Treaty on the Prohibition of
 * Nuclear Weapons), else the description as written.
 */
function bannedTreatyAt(tokens: readonly Token[], h: number, from: number, to: number): InstrumentMention | null {
  const head = tokens[h];
  if (!head || !BANNING_HEADS.has(head.text)) return null;
  let start = h - 1;
  while (start > from && TREATY_ADJECTIVES.has(tokens[start]?.lower ?? "")) start--;
  if (start < from || !ARTICLES_OR_INDEFINITE.has(tokens[start]?.lower ?? "")) return null;
  let k = h + 1;
  if (BANNING.has(tokens[k]?.lower ?? "")) k++;
  else if (tokens[k]?.lower === "to" && TO_BAN.has(tokens[k + 1]?.lower ?? "")) k += 2;
  else return null;
  const objectFrom = k;
  while (k < to && k - objectFrom < MAX_BANNED_WORDS && LOWER_WORD.test(tokens[k]?.text ?? "") && !BANNED_ENDS.has(tokens[k]?.lower ?? "")) k++;
  if (k === objectFrom) return null;
  const object = tokens
    .slice(objectFrom, k)
    .map((t) => t.text)
    .join(" ");
  const entry = catalogIndex().treatyBanning(object);
  const written = tokens
    .slice(h, k)
    .map((t) => t.text)
    .join(" ");
  return entry ? instrumentMention(start, k, "catalog", written, entry, entry.type) : describedMention(start, k, written, "treaty", head.lower);
}
const ARTICLES_OR_INDEFINITE = new Set(["a", "an", "the", "this", "that"]);
/** Words that end what a treaty bans: a clause's or a time's ("… land mines on Wednesday", "… munitions that"). */
const BANNED_ENDS = new Set(["on", "in", "at", "by", "that", "which", "and", "from", "since", "until", "after", "before", "with", "was", "is", "were"]);
/** A word in lower case, with inner hyphens ("cooperation", "host-nation"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Heads of an unnamed text a State signs or joins, and the type each gives. */
const DESCRIBED_KINDS = new Map<string, InstrumentMention["type"]>([
  ["agreement", "treaty"],
  ["treaty", "treaty"],
  ["accord", "treaty"],
  ["pact", "treaty"],
  ["protocol", "protocol"],
  ["memorandum", "other"],
  ["declaration", "declaration"],
  ["statement", "declaration"],
  ["communiqué", "declaration"],
  ["communique", "declaration"],
]);
/** What a memorandum or a letter is "of": "a memorandum of understanding", "a letter of intent". */
const OF_KINDS = new Set(["understanding", "intent", "cooperation"]);
/** Modifiers of an unnamed text's head at most ("a comprehensive military cooperation protocol"). */
const MAX_DESCRIBED_MODIFIERS = 4;
/** Words that cannot modify a text's head: they open a clause or make the head no text ("a statement by", "an agreement that"). */
const NOT_MODIFIERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "new",
  "draft",
  "possible",
  "future",
  "final",
  "formal",
  "verbal",
  "oral",
  "written",
  "broad",
  "political",
  "general",
  "similar",
  "separate",
  "such",
  "any",
  "no",
  "each",
  "every",
  "its",
  "their",
  "his",
  "her",
  "our",
]);
/** Words that end an unnamed text's subject. */
const DESCRIBED_ENDS = new Set([
  "with",
  "in",
  "at",
  "by",
  "during",
  "between",
  "which",
  "that",
  "who",
  "was",
  "were",
  "is",
  "are",
  "will",
  "would",
  "and",
  "as",
  "to",
  "after",
  "before",
  "on",
  "signed",
  "last",
  "this",
  "next",
  "earlier",
  "later",
]);
/** Words of an unnamed text's subject at most. */
const MAX_DESCRIBED_SUBJECT = 9;
const TRAILING_CONNECTORS = new Set(["of", "for", "the", "a", "an", "to", "on", "in", "with", "by", "and", "or"]);

/**
 * "a military cooperation protocol", "a joint declaration", "a memorandum of understanding on energy security", "a joint statement on
 * further deepening the comprehensive strategic partnership": an unnamed text described in lower case after "a"/"an", kept as written
 * (its modifiers, head and "on" subject). A bare head ("an agreement", "a statement") describes nothing and is none.
 */
function describedAt(tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  let h = i + 1;
  while (h < to && h - i <= MAX_DESCRIBED_MODIFIERS && !DESCRIBED_KINDS.has((tokens[h] as Token).lower)) {
    const t = tokens[h] as Token;
    if (NOT_MODIFIERS.has(t.lower) || !LOWER_WORD.test(t.text)) return null;
    h++;
  }
  const head = tokens[h];
  if (!head || h >= to || !DESCRIBED_KINDS.has(head.lower) || isCapitalised(head)) return null;
  let end = h + 1;
  if (tokens[end]?.lower === "of" && OF_KINDS.has(tokens[end + 1]?.lower ?? "")) end += 2;
  const modifiers = h - (i + 1);
  // The subject: "on energy security", "on the recruitment and placement of Indonesian domestic workers" (up to a clause's word).
  let subjectEnd = end;
  if ((tokens[end]?.lower === "on" || tokens[end]?.lower === "concerning" || tokens[end]?.lower === "regarding") && end + 1 < to) {
    let k = end + 1;
    while (k < to && k - end <= MAX_DESCRIBED_SUBJECT) {
      const t = tokens[k] as Token;
      if (!t.word || (k > end + 1 && DESCRIBED_ENDS.has(t.lower) && !(t.lower === "and" && tokens[k + 1]?.word && !isCapitalised(tokens[k + 1] as Token))))
        break;
      if (DIGIT_FIRST.test(t.text)) break;
      k++;
    }
    // ("an agreement on the day …", "on Tuesday": a time, not a subject.)
    const first = tokens[pastArticle(tokens, end + 1)];
    // (Cut at its length's limit, a subject ends on a word, not on a connector: "… visa requirements for holders", not "… of".)
    while (k > end + 2 && TRAILING_CONNECTORS.has(tokens[k - 1]?.lower ?? "")) k--;
    if (k > end + 1 && first && !OCCASIONS.has(first.lower) && !isCapitalised(first)) subjectEnd = k;
  }
  if (modifiers === 0 && subjectEnd === end && end === h + 1) return null;
  const text = tokens
    .slice(i + 1, subjectEnd)
    .map((t) => t.text)
    .join(" ");
  return describedMention(i, subjectEnd, text, DESCRIBED_KINDS.get(head.lower) ?? "other", head.lower);
}

/** An unnamed text as a sentence describes it, at [from, to): an object of that sentence's acts only (`described`). */
export function describedMention(from: number, to: number, text: string, type: InstrumentMention["type"], head: string | undefined): InstrumentMention {
  return { ...instrumentMention(from, to, "named", text, null, type, head), described: true };
}

/** Acts of a conference that are no revision of a treaty ("the Final Act of the Conference"). */
const NOT_REVISION_ACTS = new Set(["Final"]);

/**
 * "the Geneva Act of the Lisbon Agreement", "the Paris Act of the Berne Convention": a revision named by the city it was made
 * in, an instrument of its own (joined to its parent by mergeProtocolsOfParents). Alone ("signatories of the Geneva Act"), only in
 * a text that names it in full: "the Cultural Property Act" is a statute.
 */
function revisionActAt(view: string, tokens: readonly Token[], i: number, from: number, to: number): InstrumentMention | null {
  const city = tokens[i - 1];
  if (i - 2 < from || !city || !city.word || !isCapitalised(city) || NOT_REVISION_ACTS.has(city.text) || tokens[i - 2]?.lower !== "the") return null;
  const ofFollows = i + 2 < to && tokens[i + 1]?.lower === "of" && tokens[i + 2]?.lower === "the";
  if (!ofFollows && !view.includes(`${city.text} Act of the `)) return null;
  return instrumentMention(i - 1, i + 1, "named", `${city.text} Act`, null, "treaty");
}

const GERUND = /^\p{Lu}\p{Ll}+ing$/u;
function isLowerWord(t: Token | undefined): boolean {
  return !!t && t.word && t.text === t.lower && /^\p{Ll}/u.test(t.text);
}

/** How many name words may stand between "the" and a coordinating "and" ("the COP29 Global Energy Storage and …"). */
const MAX_COORDINATED_WORDS = 5;

/** The first of the capitalised words ending at `at` that run back to a "the" ("the Comprehensive and …"), or -1. */
function coordinatedNameStart(tokens: readonly Token[], at: number, from: number): number {
  let k = at;
  while (k >= from && at - k < MAX_COORDINATED_WORDS) {
    const w = tokens[k] as Token;
    if (!w.word || !isCapitalised(w) || LEADING_NOISE.has(w.text)) return -1;
    // ("The India-Australia Economic Cooperation and Trade Agreement", and at a sentence's start without its article, where its parties
    // open it joined by a hyphen: "India-Mauritius Comprehensive Economic Cooperation and Partnership Agreement (CECPA), signed …".)
    if ((tokens[k - 1]?.text === "the" || tokens[k - 1]?.text === "The") && k - 1 >= from) return k;
    // (A bullet or a dash before it ends whatever came before: "Agreements in force: ¶ - India-Mauritius …".)
    if ((k === from || (k - 1 >= from && BULLETS.has(tokens[k - 1]?.text ?? ""))) && HYPHENED_PAIR.test(w.text)) return k;
    k--;
  }
  return -1;
}
/** Two names joined by a hyphen, each capitalised ("India-Australia", "EU-Japan"). */
const HYPHENED_PAIR = /^\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*$/u;

/** A word in capitals ("AGREEMENT", "ON"): in a heading in capitals, connectors are capitals too. */
function allCaps(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

/** Nothing but a section number ("I.", "B.", "3.") stands between the line's start and `at`. */
function opensLine(view: string, at: number): boolean {
  const lineStart = view.lastIndexOf("\n", at - 1) + 1;
  return SECTION_NUMBER.test(view.slice(lineStart, at));
}
const SECTION_NUMBER = /^\s*(?:(?:[IVX]{1,4}|[A-H]|\d{1,2})[.)]\s+)?$/u;

/** The mention's last word, its head, is capitalised ("the Protocol", not "the protocol"). */
function capitalisedHead(tokens: readonly Token[], m: InstrumentMention): boolean {
  return isCapitalised(tokens[m.to - 1] as Token);
}

/** Heads of plans that may carry their horizon year after them ("Vision 2050", "Agenda 2063"). */
const HORIZON_HEADS = new Set(["vision", "agenda", "strategy", "plan", "programme", "framework"]);

/** Connectors a title-cased name may capitalise right after its head ("Declaration Against Arbitrary Detention"). */
const TITLE_CONNECTORS = new Set(["Against", "On", "Of", "For", "Concerning", "Relating", "Regarding"]);

/** Heads that also name a meeting's subject ("Strategy and Coordination Meeting", "Plan Review Conference"). */
const EVENT_AFTER_HEADS = new Set(["strategy", "plan", "programme", "program", "agenda", "framework", "vision"]);
const EVENT_NOUNS = new Set(["meeting", "conference", "summit", "session", "forum", "dialogue", "workshop", "seminar", "retreat"]);

/** What follows "with" when it names where an instrument was deposited, not a party to the instrument's name. */
const DEPOSITARY_WORDS = new Set(["government", "secretary-general", "director-general", "secretary", "depositary", "secretariat"]);

/** Domestic bodies a text is submitted to ("to Parliament", "to the Senate"), never part of its name. */
const DOMESTIC_BODIES = new Set([
  "parliament",
  "congress",
  "senate",
  "cabinet",
  "legislature",
  "government",
  "president",
  "assembly",
  "council",
  "court",
  // "to the House of Representatives", "to the Chamber of Deputies", "to the National Assembly", "to the Diet".
  "house",
  "chamber",
  "national",
  "diet",
  "majlis",
]);

/** "Optional Protocol" + "to the" + "Convention on the Rights of the Child ..." is one instrument. */
/** A mention's last word, or its head before a number ("Protocol No. 13", "Protocol 6": "protocol"). */
function headBeforeNumber(tokens: readonly Token[], m: InstrumentMention): string {
  let j = m.to - 1;
  if (!DIGITS_ONLY.test(tokens[j]?.text ?? "") || j - 1 <= m.from) return (tokens[j] as Token).lower;
  j--;
  if (tokens[j]?.text === ".") j--;
  if (tokens[j]?.lower === "no" && j > m.from) j--;
  return (tokens[j] as Token).lower;
}
const DIGITS_ONLY = /^\d{1,3}$/u;

function mergeProtocolsOfParents(view: string, tokens: readonly Token[], mentions: InstrumentMention[], to: number): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k] as InstrumentMention;
    const b = mentions[k + 1];
    const lastWord = headBeforeNumber(tokens, a);
    if (b && b.kind !== "anaphor" && b.kind !== "children" && (CHILD_HEAD.test(lastWord) || AMENDING_HEAD.test(lastWord))) {
      const between = tokens
        .slice(a.to, b.from)
        .map((t) => t.lower)
        .join(" ");
      // "the Protocols additional to the 1949 Geneva Conventions": the way a bare head is named.
      const additional = between === "additional to the" || between === "additional to";
      // "the Protocol amending the TRIPS Agreement", "the Agreement amending the SADC Protocol": the amending text, not its parent.
      const amending = AMENDING_LINKS.has(between) && AMENDING_HEAD.test(lastWord);
      if (!CHILD_HEAD.test(lastWord) && !amending) {
        out.push(a);
        continue;
      }
      // "the Protocol to that Convention on Matters specific to Aircraft Equipment": a child of the text named before, with a subject of
      // its own (the pipeline puts the parent's name in: childOfReference).
      if (
        CHILD_HEAD.test(lastWord) &&
        REFERRING_LINKS.has(between) &&
        b.kind === "named" &&
        b.from === a.to + 2 &&
        (a.kind !== "anaphor" || capitalisedHead(tokens, a))
      ) {
        const first = a.kind === "anaphor" && ANAPHOR_DETERMINERS.hasToken(tokens[a.from] as Token) ? a.from + 1 : a.from;
        out.push(instrumentMention(first, b.to, "named", joinText(view, tokens, first, b.to), null, "protocol"));
        k++;
        continue;
      }
      // A bare "the Protocol" joins its parent too ("the Protocol to the African Charter … on the Establishment of …").
      if (((PARENT_LINKS.has(between) || amending) && (a.kind !== "anaphor" || a.fallbackText || capitalisedHead(tokens, a))) || additional) {
        const first = a.kind === "anaphor" && ANAPHOR_DETERMINERS.hasToken(tokens[a.from] as Token) ? a.from + 1 : a.from;
        const ext = extendName(view, tokens, first, b.to, to);
        // "the Protocol of Amendment inserting X into Annex 1A of the WTO Agreement": where the text goes is in its name too.
        const into = between.startsWith("inserting") && tokens[ext.to]?.lower === "into" ? mentions[k + 2] : undefined;
        if (into && into.from - ext.to <= INTO_REACH && into.kind !== "anaphor") {
          ext.to = into.to;
          k++;
        }
        const text = joinText(view, tokens, ext.from, ext.to);
        // "two Optional Protocols to the Convention": several, so none of them in particular.
        // (A Protocol that inserts a text is accepted as that text: "acceptance of the Protocol of Amendment inserting the Trade
        // Facilitation Agreement" is the Agreement's.)
        const inserted = between.startsWith("inserting") ? b.entry : null;
        const entry = PLURAL_CHILD.test(lastWord) ? null : (inserted ?? ext.entry ?? catalogIndex().resolveByWords(text, "protocol"));
        out.push(instrumentMention(ext.from, ext.to, "named", text, entry, inserted?.type ?? "protocol"));
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Lower-case words that join a title's capitalised words ("Safety and Health in Agriculture", "Workers with Family Responsibilities"). */
const STRETCH_LINKS = new Set(["in", "of", "for", "on", "with", "and"]);
/** Capitalised words that name a State's or a body's organ, never a title's words before its head. */
const STRETCH_NOT = new Set(["Government", "Republic", "Kingdom", "Ministry", "Minister", "Parliament", "Council", "Assembly", "Union", "Committee"]);
const MAX_STRETCH = 12;

/**
 * Where a title that runs on past lower-case links starts, left of the name word at `start` (the head at `h`): "the [Biological Hazards
 * in the] Working Environment Convention". Only a stretch of capitalised words joined by "in", "of", "for", "on", "with" and "and" (each
 * maybe with "the"), right after "the", and naming no State ("the role of Ukraine in the Energy Charter Treaty"); else -1.
 */
function titledStretchStart(tokens: readonly Token[], start: number, from: number, h: number): number {
  let k = start;
  let words = 0;
  for (;;) {
    let j = k - 1;
    const article = tokens[j]?.lower === "the" && !isCapitalised(tokens[j] as Token);
    if (article) j--;
    // ("both the Convention and the Optional Protocol": two texts, not one title.)
    if (!STRETCH_LINKS.has(tokens[j]?.text ?? "") || (article && tokens[j]?.text === "and")) break;
    j--;
    const w = tokens[j];
    if (!w || j < from || !w.word || !isCapitalised(w) || h - j > MAX_STRETCH) break;
    while (j - 1 >= from && tokens[j - 1]?.word && isCapitalised(tokens[j - 1] as Token) && h - (j - 1) <= MAX_STRETCH) j--;
    k = j;
    words++;
  }
  if (words === 0 || tokens[k - 1]?.lower !== "the" || k - 1 < from) return -1;
  for (let j = k; j < start; j++) {
    const t = tokens[j] as Token;
    if (isCapitalised(t) && (STRETCH_NOT.has(t.text) || HEADS.hasToken(t) || isStateFirstWord(t.lower) || isCapitalFirstWord(t.lower))) return -1;
  }
  return k;
}

/** A capitalised name around a head noun at token `h`. */
const ARTICLES = new Set(["a", "an"]);

function namedAround(
  view: string,
  tokens: readonly Token[],
  h: number,
  from: number,
  to: number,
  free: (a: number, b: number) => boolean,
): InstrumentMention | null {
  const head = tokens[h] as Token;
  // "the agreement on the Prohibition of Attack against Nuclear Installations": a lower-case head named after it.
  const lowerHead = !isCapitalised(head);
  if (
    lowerHead &&
    !(
      LOWER_HEADS.has(head.lower) &&
      h > from &&
      DETERMINERS.has((tokens[h - 1] as Token).lower) &&
      h + 1 < to &&
      LOWER_LINKS.has((tokens[h + 1] as Token).lower)
    )
  )
    return null;
  let start = h;
  let capitalised = 0;
  // Left: capitalised words and years ("1954 Convention", "UNESCO Action Plan", "Optional Protocol").
  while (!lowerHead && start - 1 >= from && h - start < 8) {
    const p = tokens[start - 1] as Token;
    // "the China–Kazakhstan Visa Exemption Agreement", "the Australia–UAE CEPA": two parties joined by a dash, the first a name word.
    if (DASHES.has(p.text) && glued(tokens, start - 1) && glued(tokens, start)) {
      const q = tokens[start - 2];
      if (q && q.word && isCapitalised(q) && start - 2 >= from && free(start - 2, start)) {
        start -= 2;
        capitalised++;
        continue;
      }
    }
    if (!p.word || !free(start - 1, start)) break;
    // A table's columns are apart by runs of spaces: a name ends at its cell ("Lesotho      Protocol amending …").
    if ((tokens[start] as Token).start - p.end > COLUMN_GAP) break;
    // A title-cased headline's infinitive ("… Belligerents to Adopt Concrete Commitments on …") is a verb phrase, not a name;
    // so is a gerund after a lower-case word ("… after Rejecting Amendment on Harm Reduction").
    if (JOINING_WORDS.has(p.lower) && tokens[start - 2]?.lower === "to") return null;
    if (GERUND.test(p.text) && start - 2 >= from && isLowerWord(tokens[start - 2]) && tokens[start - 2]?.lower !== "the") return null;
    // In capitals a connector is no name word on the left ("RATIFICATION OF OPTIONAL PROTOCOL").
    if (allCaps(p) && NAME_CONNECTORS.has(p.lower)) break;
    // "the Ljubljana–The Hague Convention": two places joined by a dash, the second with its own article.
    if (p.text === "The" && DASHES.has(tokens[start - 2]?.text ?? "") && glued(tokens, start - 2) && glued(tokens, start - 1)) {
      const q = tokens[start - 3];
      if (q && q.word && isCapitalised(q) && start - 3 >= from && free(start - 3, start)) {
        start -= 3;
        capitalised += 2;
        continue;
      }
    }
    if (YEAR.test(p.text) || (isCapitalised(p) && !LEADING_NOISE.has(p.text))) {
      start--;
      if (!DIGIT_FIRST.test(p.text)) capitalised++;
    } else if (p.lower === "in" && capitalised > 0 && start - 2 >= from && isCapitalised(tokens[start - 2] as Token) && (tokens[start - 2] as Token).word) {
      // "the ASEAN Trade in Goods Agreement": a lower-case "in" between name words.
      if (!free(start - 2, start)) break;
      start--;
    } else if (p.lower === "of" && capitalised > 0 && ORGANISATION_OF.has(tokens[start - 2]?.text ?? "") && start - 2 >= from && free(start - 2, start)) {
      // "the Council of Europe Convention on …", "the Organization of American States Convention …": an organisation's name in
      // the text's.
      start -= 2;
    } else if (p.lower === "and" && capitalised > 0) {
      // "the Comprehensive and Progressive Agreement for …", "the COP29 Global Energy Storage and Grids Pledge": name words
      // coordinated after "the".
      const first = coordinatedNameStart(tokens, start - 2, from);
      if (first >= 0 && free(first, start)) {
        capitalised += start - 1 - first;
        start = first;
      }
      break;
    } else {
      // "the Biological Hazards in the Working Environment Convention", "the Protection of Workers in the Gig Economy Convention".
      const stretch = capitalised > 0 ? titledStretchStart(tokens, start, from, h) : -1;
      if (stretch >= 0 && free(stretch, start)) {
        capitalised += start - stretch;
        start = stretch;
      }
      break;
    }
  }
  // "the Paris Call for …", "the Christchurch Call to Action": a call is a name only after a proper name ("2024 Call" is none).
  if (head.lower === "call" && capitalised === 0) return null;
  // A name in capitals that opens its line ("I. AGREEMENT ON PORT STATE MEASURES … (Rome, 22 November 2009)") is a section's
  // heading: its connectors are capitals too. (Inside a headline in capitals the name's bounds are unknown: no name there.)
  const capsHeading = allCaps(head) && opensLine(view, (tokens[start] as Token).start);
  // "New Agenda Coalition", "Treaty Organization", "Convention Centre": the head is a modifier here.
  const follower = tokens[h + 1];
  if (
    follower &&
    h + 1 < to &&
    follower.word &&
    isCapitalised(follower) &&
    !ROMAN.has(follower.text) &&
    !typeOfHead(follower.text) &&
    !DIGIT_FIRST.test(follower.text) &&
    !TITLE_CONNECTORS.has(follower.text) && // "Declaration Against Arbitrary Detention": a capitalised connector goes on with the name
    !NAMING_PARTICIPLES.has(follower.lower) && // "Treaty Establishing the Pacific Resilience Facility"
    !(capsHeading && allCaps(follower) && NAME_CONNECTORS.has(follower.lower)) && // "I. AGREEMENT ON PORT STATE MEASURES …"
    follower.start - head.end <= 1
  ) {
    return null;
  }
  // Right: connectors followed by capitalised words ("on the Prohibition of Nuclear Weapons").
  let end = h + 1;
  for (let j = h + 1; j < to && j - start < MAX_NAME_TOKENS;) {
    let k = j;
    // "the Statute establishing the International Criminal Court": a participle joins the head to its name.
    if (k === h + 1 && k < to && NAMING_PARTICIPLES.has((tokens[k] as Token).lower)) {
      k++;
      // "the Additional Protocol Providing for a System of Collective Complaints"
      if (tokens[k]?.lower === "for" && (tokens[k + 1]?.lower === "a" || tokens[k + 1]?.lower === "an") && k + 2 < to) k += 2;
      // "the Protocol Instituting a Conciliation and Good Offices Commission": an article after the participle goes on with the name.
      else if (ARTICLES.has(tokens[k]?.text ?? "") && k + 1 < to && isCapitalised(tokens[k + 1] as Token)) k++;
    }
    // "endorsed the Declaration in Dublin", "signed the Treaty in New York": "in" right after the head is a place or time, not the name.
    if (k === h + 1 && (tokens[k]?.lower === "in" || tokens[k]?.lower === "by")) break; // "approved the Treaty by Dáil Éireann", "the Amendment by Togo"
    // ("signed the Treaty on Oct. 5, 2016", "on February 19": a month and a day after "on" are the act's time.)
    if (tokens[k]?.lower === "on" && k + 1 < to && monthDayAt(tokens, k + 1)) break;
    while (
      k < to &&
      // ("the Treaty on a Free Trade Area": an article after a connector goes on with the name.)
      (NAME_CONNECTORS.has((tokens[k] as Token).lower) ||
        (ARTICLES.has((tokens[k] as Token).text) && k > j && NAME_CONNECTORS.has((tokens[k - 1] as Token).lower)) ||
        // ("… of Individuals with regard to Automatic Processing of Personal Data", "… Co-operation in respect of Intercountry Adoption".)
        (k > j && COMPOUND_CONNECTORS.has(`${(tokens[k - 1] as Token).lower} ${(tokens[k] as Token).lower}`)) ||
        // ("… on Matters specific to Aircraft Equipment".)
        (k === j && k > h + 1 && (tokens[k] as Token).text === "specific" && tokens[k + 1]?.lower === "to")) &&
      (!isCapitalised(tokens[k] as Token) || (k === h + 1 && TITLE_CONNECTORS.has((tokens[k] as Token).text)) || (capsHeading && allCaps(tokens[k] as Token)))
    )
      k++;
    // "submit the Convention to Parliament": a domestic body the text is sent to, not the name's tail.
    if (k > j && (tokens[j] as Token).lower === "to" && DOMESTIC_BODIES.has(tokens[k]?.lower ?? "")) break;
    // "the Hague Convention of 30 June 2005 on Choice of Court Agreements": the day a text was made, inside its name before its
    // subject, is part of the name.
    if (k === j + 1 && (tokens[j] as Token).lower === "of" && datedNameAt(tokens, k, to)) {
      end = k + 3;
      j = k + 3;
      continue;
    }
    const w = tokens[k];
    // "the Agreement between the Government of the People's Democratic Republic of Algeria and …": "People's" is a name word.
    if (w && k === j && isPossessiveMark(w) && tokens[k - 1]?.text === "People" && k + 1 < to && isCapitalised(tokens[k + 1] as Token) && free(k, k + 2)) {
      end = k + 1;
      j = k + 1;
      continue;
    }
    if (
      !w ||
      k >= to ||
      !w.word ||
      !(isCapitalised(w) || ELIDED_NAME_WORD.test(w.text)) ||
      !free(k, k + 1) ||
      NUMBER.test(w.text) ||
      (ORDINAL_DAY.test(w.text) && (isMonthWord(tokens[k + 1]?.lower ?? "") || tokens[k + 1]?.lower === "day")) ||
      CALENDAR.has(w.lower)
    )
      break;
    // A headline's words after a name in title case are no part of it ("… Draft Resolution on Gaza Crisis Owing to Negative Vote").
    if (HEADLINE_BREAKS.has(w.lower)) break;
    if (k > j && (tokens[j] as Token).lower === "and" && typeOfHead((tokens[k + 1] as Token | undefined)?.text ?? "")) break;
    // "ratified the Amendment and Mongolia accepted it": "and" right after the head opens another clause or item.
    if (k > j && j === h + 1 && (tokens[j] as Token).lower === "and") break;
    // "the Convention on International Interests in Mobile Equipment and the Protocol to …": a second instrument, not the name's tail.
    if (k > j && (tokens[j] as Token).lower === "and" && HEADS.hasToken(w)) break;
    // A name ends at its line ("… of States and Their Property\nCOLOMBIA: ACCESSION"), and before its depositary ("deposited its
    // instrument of ratification of the Protocol with the Government of Spain").
    // (Not where the line wraps inside it, right after a connector of its subject or before a text's head: "the Second Additional
    // Protocol to the Convention on ¶ Cybercrime", "the Additional Protocol to the ¶ Convention on …".)
    const gap = view.slice((tokens[k - 1] as Token).end, w.start);
    if (
      gap.includes("\n") &&
      (PARAGRAPH_GAP.test(gap) ||
        !(
          wrappedProse(view, tokens, k) ||
          (k > j &&
            (typeOfHead(w.text) || SUBJECT_LINKS.has((tokens[k - 1] as Token).text) || (WRAP_LINKS.has((tokens[k - 1] as Token).text) && !lineOpensClause(w))))
        ))
    )
      break;
    // (And at its table cell: "Agreement on Air Services      Not yet ratified".)
    if (w.start - (tokens[k - 1] as Token).end > COLUMN_GAP) break;
    // (Nor at a place it was signed or adopted in: "signed the Convention against Cybercrime in Hanoi".)
    if (k === j + 1 && (tokens[j] as Token).lower === "in" && isCapitalFirstWord(w.lower)) break;
    // (Nor before the office it is handed to: "handed over its instrument of ratification of the Protocol to the Director-General".)
    if (((tokens[j] as Token).lower === "with" || (tokens[j] as Token).lower === "to") && DEPOSITARY_WORDS.has(w.lower)) break;
    end = k + 1;
    capitalised++;
    j = k + 1;
  }
  // "the Convention on Road Traffic of 1968", "the First Protocol of 1954": the year the text was made is part of its name (not the
  // day of the act: "signed the Convention on Road Traffic of 1968 on 8 November 1968").
  if (tokens[end]?.lower === "of" && YEAR.test(tokens[end + 1]?.text ?? "") && end + 1 < to && free(end, end + 2) && !isDateWord(tokens[end + 2]?.lower ?? ""))
    end += 2;
  // "the African Charter on Democracy, Elections and Governance": a series of capitalised nouns that the name's subject coordinates.
  // (Series after series: "to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing".)
  for (let series = end < to ? seriesEnd(view, tokens, h, end, to) : -1; series > end; series = end < to ? seriesEnd(view, tokens, h, end, to) : -1)
    end = series;
  // Quoted part: Declaration of "Safe Schools".
  const q = tokens[end];
  if (q && (q.text === '"' || (q.lower === "of" && tokens[end + 1]?.text === '"')) && isCapitalised(tokens[q.text === '"' ? end + 1 : end + 2] ?? q)) {
    // (Speech after a name is no part of it: 'called on them to join the Convention "without further delay"'.)
    const open = q.text === '"' ? end : end + 1;
    for (let k = open + 1; k < Math.min(to, open + 12); k++) {
      if ((tokens[k] as Token).text === '"') {
        end = k + 1;
        capitalised++;
        break;
      }
    }
  }
  // "Additional Protocols I and II" → handled as one mention; numerals kept in the text.
  for (let t = tokens[end]; end < to && t; t = tokens[end]) {
    if (ROMAN.has(t.text)) end++;
    else if (NUMERAL_JOINS.has(t.lower) && end + 1 < to && ROMAN.has((tokens[end + 1] as Token).text) && ROMAN.has((tokens[end - 1] as Token).text)) end += 2;
    else break;
  }
  // "EAC Vision 2050", "Agenda 2063", "Strategy 2030": a plan's horizon year right after its head is part of its name.
  if (end === h + 1 && !lowerHead && HORIZON_HEADS.has(head.lower) && end < to && YEAR.test(tokens[end]?.text ?? "") && free(end, end + 1)) {
    end++;
    capitalised++;
  }
  // "the Agreement between the Government of India and the Government of Angola for the elimination of double taxation …": a
  // bilateral text's official title goes on in lower case after its parties, up to its verb.
  if (capitalised > 0) end = bilateralTail(view, tokens, h, end, to);
  if (capitalised === 0 && !YEAR.test((tokens[start] as Token).text)) return null;
  if (lowerHead && capitalised < 2) return null;
  // "the Coalition's Strategy and Coordination Meeting in Tallinn": a plan's head naming an event is no instrument.
  if (EVENT_AFTER_HEADS.has(head.lower) && tokens.slice(h + 1, end).some((t) => EVENT_NOUNS.has(t.lower))) return null;
  const ext = extendName(view, tokens, start, end, to);
  const text = joinText(view, tokens, ext.from, ext.to);
  const words = tokens.slice(ext.from, ext.to).filter((t) => t.word);
  // (A year after "of" at the end says which one: "the Second Protocol of 1999" is still a reference.)
  const ofYear = ext.to - ext.from > 2 && tokens[ext.to - 2]?.lower === "of" && YEAR.test(tokens[ext.to - 1]?.text ?? "");
  if (words.every((t) => WEAK_NAME_WORDS.has(t.lower) || t === head || (ofYear && t.start >= (tokens[ext.to - 2] as Token).start))) {
    // "the Optional Protocol", "the new Treaty", "the Second Protocol of 1999": a reference to the one named before.
    return instrumentMention(ext.from, ext.to, "anaphor", "", null, typeOfHead(head.text) ?? "other", head.lower, text);
  }
  // "WHO Framework Convention on Tobacco Control": the last head of the capitalised run that starts at the head says what it is.
  let typeHead = head;
  for (let k = h + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (!t.word || !isCapitalised(t)) break;
    if (typeOfHead(t.text)) typeHead = t;
  }
  const type = typeOfHead(typeHead.text) ?? "other";
  // "Protocols I and II", "Conventions": several instruments, none of them in particular.
  // ("the Nepal–Mongolia Comprehensive Economic Partnership Agreement": a pair's own text, never the catalogued plurilateral one whose
  // words it shares.)
  const paired = DASHES.has(tokens[ext.from + 1]?.text ?? "") && glued(tokens, ext.from + 1) && glued(tokens, ext.from + 2);
  const entry = ext.entry !== undefined ? ext.entry : PLURAL_HEAD.test(head.lower) || paired ? null : catalogIndex().resolveByWords(text, type);
  return instrumentMention(ext.from, ext.to, "named", text, entry, entry?.type ?? type);
}

/** A blank line between two words: a paragraph's end. */
const PARAGRAPH_GAP = /\n[ \t]*\n/u;
/** A day, month and year at `k` followed by a subject's connector and a capitalised word: "30 June 2005 on Choice of …", "… on the Law". */
function datedNameAt(tokens: readonly Token[], k: number, to: number): boolean {
  return (
    k + 4 < to &&
    /^\d{1,2}$/u.test(tokens[k]?.text ?? "") &&
    isMonthWord(tokens[k + 1]?.lower ?? "") &&
    YEAR.test(tokens[k + 2]?.text ?? "") &&
    SUBJECT_LINKS.has(tokens[k + 3]?.lower ?? "") &&
    (isCapitalised(tokens[k + 4] as Token) || (tokens[k + 4]?.lower === "the" && k + 5 < to && isCapitalised(tokens[k + 5] as Token)))
  );
}

/** How long a line is, at least, whose end is a hard wrap of running prose. */
const WRAPPED_LINE = 60;
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "in", "on", "at", "by", "for", "and", "of", "with", "this", "that", "its"]);

/**
 * A name going on over a hard-wrapped paragraph's line end between two of its words ("the Revised Treaty of Chaguaramas Establishing
 * the Caribbean ¶ Community Including …"): the line before is a full line of prose, and the word after it is in title case, not a
 * heading's capitals ("COLOMBIA: ACCESSION"), and goes on in title case.
 */
function wrappedProse(view: string, tokens: readonly Token[], k: number): boolean {
  const w = tokens[k] as Token;
  if (!(tokens[k - 1] as Token).word || w.text === w.text.toUpperCase()) return false;
  // (Two title-case words after it at least: not a detail line under a title, "… between Malta and Montenegro ¶ Signed at Valletta".)
  const after = tokens[k + 1];
  if (!after || !after.word || !isCapitalised(after) || view.slice(w.end, after.start).includes("\n")) return false;
  // (Nor a clause or a State's name that starts the line: "… the Convention on the Status of Refugees ¶ The Government of …",
  // "… of Nuclear Weapons ¶ United Kingdom …".)
  if (lineOpensClause(w)) return false;
  const lineStart = view.lastIndexOf("\n", (tokens[k - 1] as Token).start) + 1;
  return (tokens[k - 1] as Token).end - lineStart >= WRAPPED_LINE;
}

/** Words a series in a name's subject may hold besides capitalised ones: "…, their Ammunition and Other Related Materials". */
const SERIES_WORDS = new Set(["their", "the", "of", "and", ","]);
const SUBJECT_LINKS = new Set(["on", "of", "against", "for"]);
/** A line's first word that opens a clause or a State's name, not a name's next word: "The", "In", "Kenya", "United". */
function lineOpensClause(w: Token): boolean {
  return CLAUSE_OPENERS.has(w.lower) || isStateFirstWord(w.lower);
}
/** Words a name's line may end in and go on after: its subject's connectors, and words no name ends in ("Co-operation in the ¶ Protection"). */
const WRAP_LINKS: ReadonlySet<string> = new Set([...SUBJECT_LINKS, "the", "and", "in"]);
const MAX_SERIES = 12;
let stateNames: ReadonlySet<string> | null = null;

/**
 * The end of a comma series that goes on a name's subject ("… on Democracy, Elections and Governance", "… on Small Arms and
 * Light Weapons, their Ammunition and Other Related Materials"), or -1. The name must have a lower-case subject link before
 * the comma at `comma`; the series ends with "and" and a capitalised word, on the same line, and names no state and no
 * instrument ("the Convention on Cybercrime, Kenya and Ghana …" is a list of states).
 */
const SERIES_JOINS: ReadonlySet<string> = new Set([",", "and"]);

function seriesEnd(view: string, tokens: readonly Token[], h: number, comma: number, to: number): number {
  if (tokens[comma]?.text !== ",") return -1;
  let linked = false;
  for (let k = h + 1; k < comma; k++) if (SUBJECT_LINKS.has((tokens[k] as Token).text)) linked = true;
  if (!linked) return -1;
  stateNames ??= new Set(STATES.map((x) => x.name.toLowerCase()));
  let end = -1;
  let afterAnd = false;
  let item: string[] = [];
  const itemIsName = () => item.length > 0 && stateNames?.has(item.join(" ").toLowerCase());
  for (let k = comma + 1; k < Math.min(to, comma + 1 + MAX_SERIES); k++) {
    const t = tokens[k] as Token;
    // (A line ends inside a series only after its comma or "and", in a paragraph: "to Prevent, Deter and ¶ Eliminate Illegal, …".)
    const gap = view.slice((tokens[k - 1] as Token).end, t.start);
    if (gap.includes("\n") && (PARAGRAPH_GAP.test(gap) || !SERIES_JOINS.has((tokens[k - 1] as Token).lower) || lineOpensClause(t))) break;
    if (t.word && isCapitalised(t) && !SERIES_WORDS.has(t.lower)) {
      if (typeOfHead(t.text) || NUMBER.test(t.text) || CALENDAR.has(t.lower)) return -1;
      item.push(t.text);
      if (afterAnd) end = k + 1;
      continue;
    }
    if (!SERIES_WORDS.has(t.lower)) break;
    if (t.lower === "and" || t.text === ",") {
      if (itemIsName()) return -1;
      item = [];
      if (afterAnd && t.text === ",") break;
      if (t.lower === "and") afterAnd = true;
    }
  }
  if (itemIsName()) return -1;
  return end;
}

/**
 * A name's extent with what follows it: its official number ("Violence and Harassment Convention,
 * 2019 (No. 190)", whose entry then is the number's) or its lower-case tail.
 */
function extendName(
  view: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  limit: number,
): { from: number; to: number; entry?: CatalogEntry | null } {
  // "the Council of Europe Convention 108": a convention's name that ends in its bare number.
  const bare = tokens[to - 1]?.text === "Convention" ? bareNumberEnd(tokens, to, limit) : -1;
  if (bare > 0) return { from, to: bare };
  const tail = extendTail(view, tokens, from, to, limit);
  // ("the Domestic Workers Recommendation, 2011 (No. 201)": a Recommendation's number is not a Convention's.)
  const numbered = numberSuffix(tokens, tail.to, limit, tokens[to - 1]?.lower !== "recommendation");
  return numbered ? { from: tail.from, to: numbered.to, entry: numbered.entry ?? undefined } : tail;
}

/** A day of the month as an ordinal ("on 19th February"): a date after the name, not its subject. */
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)$/u;

/** An acronym after a name: a capital, then up to nine letters or hyphens with another capital among them. */
const BRACKETED_ACRONYM = /^[A-Z](?=[A-Za-z-]*[A-Z])[A-Za-z-]{1,9}$/u;

/** Words in brackets that are part of a name: "the European Social Charter (Revised)". */
const NAME_BRACKETS = new Set(["Revised", "Amended", "Consolidated", "Rev"]);

/** Lower-case tail of a name ("... of the Child concerning involvement of children in armed conflict"). */
function extendTail(view: string, tokens: readonly Token[], from: number, to: number, limit: number): { from: number; to: number } {
  const last = (tokens[to - 1] as Token).lower;
  // Acronym in parentheses right after the name: "(CPPNM)", "(OP-CAT)". (Not a name in one capital, a review's recommending State:
  // "Ratify X (Portugal) (Spain)".)
  if (
    tokens[to]?.text === "(" &&
    tokens[to + 2]?.text === ")" &&
    (BRACKETED_ACRONYM.test(tokens[to + 1]?.text ?? "") || NAME_BRACKETS.has(tokens[to + 1]?.text ?? ""))
  ) {
    return { from, to: to + 3 };
  }
  const starter = tokens[to];
  // "the Additional Protocol to the CMR concerning the electronic consignment note": these starters begin a tail after any name.
  if (!TAIL_HEADS.has(last) && !SUBJECT_STARTERS.has(starter?.lower ?? "")) return { from, to };
  if (!starter || !TAIL_STARTERS.has(starter.lower)) return { from, to };
  if (starter.lower === "to" && tokens[to + 1]?.lower !== "the") return { from, to };
  let end = to;
  let words = 0;
  let content = 0;
  for (let k = to + 1; k < limit && words < MAX_TAIL_WORDS; k++) {
    const t = tokens[k] as Token;
    if (!t.word || TAIL_STOP.has(t.lower) || DIGIT_FIRST.test(t.text) || NOT_A_TAIL.has(t.lower)) break;
    if (isCapitalised(t) && t.lower !== "the") break;
    words++;
    if (!NAME_CONNECTORS.has(t.lower)) {
      end = k + 1;
      content++;
    }
  }
  // Two words of a subject at least ("on behalf of the United States" is none).
  if (words < 2 || content < 2) return { from, to };
  // "… concerning the electronic consignment note (e-CMR Protocol)": the short name the text goes on to use is part of the mention.
  const close = shortNameAfter(tokens, end, limit);
  return { from, to: close > 0 ? close : end };
}

/** Last words of a name that a lower-case tail may follow with any of its starters ("Convention on the Rights of the Child concerning …"). */
const TAIL_HEADS = new Set(["child", "convention", "protocol", "children", "women", "terrorism"]);
/** First words of organisations named "X of Y" that open a text's name ("Council of Europe Convention on …"). */
const ORGANISATION_OF = new Set(["Council", "Organization", "Organisation", "League", "Commonwealth"]);
/** Two-word connectors inside a name: "with regard to", "in respect of", "with respect to". */
const COMPOUND_CONNECTORS = new Set(["with regard", "in respect", "with respect", "in regard"]);
/** Starters that open a name's subject after any name. */
const SUBJECT_STARTERS = new Set(["concerning", "relating", "regarding"]);
const MAX_SHORT_NAME = 3;

/** The end of "(e-CMR Protocol)", "(Raptors MoU)" at token `at`: a short capitalised name in brackets, or -1. */
function shortNameAfter(tokens: readonly Token[], at: number, limit: number): number {
  if (tokens[at]?.text !== "(") return -1;
  for (let k = at + 1; k < limit && k - at <= MAX_SHORT_NAME + 1; k++) {
    const t = tokens[k] as Token;
    if (t.text === ")") return k > at + 1 ? k + 1 : -1;
    if (!t.word || !isCapitalised(t)) return -1;
  }
  return -1;
}

/** "its two Protocols", "its 1967 Protocol", "its Optional Protocols". */
function childrenAt(tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  const t = tokens[i] as Token;
  if (t.lower !== "its" && t.lower !== "their") return null;
  let k = i + 1;
  while (k < to && k - i <= 3 && !PROTOCOLS.test((tokens[k] as Token).text)) k++;
  if (k >= to || k - i > 3) return null;
  const between = tokens.slice(i + 1, k).map((x) => x.lower);
  if (!between.every((w) => CHILD_COUNT.test(w))) return null;
  if (NAME_GOES_ON.has(tokens[k + 1]?.lower ?? "") && k + 1 < to) return null;
  return instrumentMention(
    i,
    k + 1,
    "children",
    tokens
      .slice(i, k + 1)
      .map((x) => x.text)
      .join(" "),
    null,
    "protocol",
    "protocol",
  );
}

/** After "on": a number, or a lower-case word (past "the"), which no instrument's name starts with. */
function timeOrRoleAfter(tokens: readonly Token[], at: number, to: number): boolean {
  const k = tokens[at]?.lower === "the" ? at + 1 : at;
  const w = tokens[k];
  return !!w && k < to && w.word && (DIGIT_FIRST.test(w.text) || !isCapitalised(w) || monthDayAt(tokens, k));
}

/** "February 19", "Feb. 19, 2021", "Oct. 5": a month's name (or its abbreviation) and a day or year, at `k`. */
function monthDayAt(tokens: readonly Token[], k: number): boolean {
  if (!isMonthWord((tokens[k] as Token).lower)) return false;
  const next = tokens[k + 1]?.text === "." ? tokens[k + 2] : tokens[k + 1];
  return !!next && DIGIT_FIRST.test(next.text);
}

/**
 * A reference to several instruments named before, as one mention that resolution expands (refine/references.ts, resolveSet):
 *  - "neither Convention", "both Conventions", "either treaty", "both Protocols on 12 September": the two named last;
 *  - the pronoun as an act's object, "ratified both in 2015", "party to either", "has joined neither": the two named last;
 *  - "all three instruments", "the two Conventions", "these three treaties", "both of them", "all three": as many as it counts;
 *  - "signed them", "party to any of them", "all of these": the instruments of the last sentence that names several.
 */
function pairAt(tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  const t = tokens[i] as Token;
  const next = i + 1 < to ? tokens[i + 1] : undefined;
  const set = (end: number, count: number, head = "instrument"): InstrumentMention => ({
    ...instrumentMention(i, end, "anaphor", "", null, typeOfHead(head) ?? "other", head),
    pair: true,
    count,
  });
  // "signed them", "acceded to them": the pronoun as an act's object.
  if (t.lower === "them") return objectSlot(tokens, i) ? set(i + 1, 0) : null;
  if (!next) return QUANTIFIER_COUNTS.has(t.lower) && objectSlot(tokens, i) ? set(i + 1, 2) : null;
  // "any of them", "all of these", "both of them", "either of the two", "all three of them"
  const counted = SET_COUNTS.get(next.lower);
  const ofAt = counted !== undefined && t.lower === "all" ? i + 2 : i + 1;
  if (SET_QUANTIFIERS.has(t.lower) && tokens[ofAt]?.lower === "of" && ofAt + 1 < to && objectSlot(tokens, i)) {
    const pronoun = tokens[ofAt + 1] as Token;
    if (SET_PRONOUNS.has(pronoun.lower)) return set(ofAt + 2, counted ?? QUANTIFIER_COUNTS.get(t.lower) ?? 0);
    // "any of the three conventions", "either of the two treaties"
    const n = SET_COUNTS.get(pronoun.lower === "the" || pronoun.lower === "these" ? (tokens[ofAt + 2]?.lower ?? "") : "");
    const head = n !== undefined ? PAIR_HEADS.get(tokens[ofAt + 3]?.lower ?? "") : undefined;
    if (n !== undefined && head && tokens[ofAt + 3]?.lower !== head) return set(ofAt + 4, n, head);
    return null;
  }
  // "all three instruments", "the two Conventions", "these three treaties", "all three" (as an act's object)
  if (SET_ARTICLES.has(t.lower) && counted !== undefined) {
    const head = PAIR_HEADS.get(tokens[i + 2]?.lower ?? "");
    if (head && i + 2 < to && tokens[i + 2]?.lower !== head && !nameGoesOn(tokens, i + 3, to)) return set(i + 3, counted, head);
    if (!head && t.lower === "all" && objectSlot(tokens, i) && closesObject(tokens, i + 2, to)) return set(i + 2, counted);
    return null;
  }
  // "both treaties", "neither Convention", "either Protocol"; "these instruments", "each treaty" (all the last sentence names)
  const singular = PAIR_HEADS.get(next.lower);
  const pairs = singular && QUANTIFIER_COUNTS.has(t.lower);
  // ("a State Party to each treaty": every one the last sentence that names several names.)
  if (singular && (pairs || (t.lower === "these" && next.lower !== singular) || (t.lower === "each" && next.lower === singular))) {
    // "both A and B", "neither Convention on …" (a name going on): no reference.
    return nameGoesOn(tokens, i + 2, to) ? null : set(i + 2, pairs ? 2 : 0, singular);
  }
  // "China and France have ratified both.", "acceded to both in 1994", "has joined neither": the pronoun alone, as an act's object.
  if (QUANTIFIER_COUNTS.has(t.lower) && objectSlot(tokens, i) && closesObject(tokens, i + 1, to)) return set(i + 1, 2);
  return null;
}

/** Before a set reference: "to", "from" or a verb of an act ("ratified both", "party to either", "withdrew from both"). */
function objectSlot(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && (before.lower === "to" || before.lower === "from" || SET_VERBS.test(before.lower));
}

/** After a set reference standing alone: the clause's end, or a date or clause going on ("both in 1994", "neither, and …"). */
function closesObject(tokens: readonly Token[], k: number, to: number): boolean {
  const w = tokens[k];
  return !w || k >= to || !w.word || OBJECT_FOLLOWERS.has(w.lower);
}

/** After a head noun: a name going on ("both Conventions on Nuclear Safety"), unless what follows "on" is a date. */
function nameGoesOn(tokens: readonly Token[], k: number, to: number): boolean {
  const w = tokens[k]?.lower;
  if (k >= to || !w) return false;
  if (w === "of" || w === "to") return isCapitalised(tokens[k + 1] ?? (tokens[k] as Token)) || tokens[k + 1]?.lower === "the";
  if (w !== "on") return false;
  const after = tokens[k + 1]?.lower ?? "";
  return !(isDateWord(after) || CALENDAR.has(after) || after === "the" || after === "behalf");
}

const PAIR_DETERMINERS = new Set(["neither", "both", "either", "all", "any", "each", "none"]);
const SET_QUANTIFIERS = new Set(["all", "any", "both", "each", "either", "neither", "none"]);
const QUANTIFIER_COUNTS = new Map([
  ["both", 2],
  ["either", 2],
  ["neither", 2],
]);
const SET_PRONOUNS = new Set(["them", "these", "those"]);
const SET_ARTICLES = new Set(["all", "the", "these", "those"]);
const SET_COUNTS = new Map([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
]);
const SET_VERBS =
  /^(?:ratif(?:y|ies|ied|ying)|sign(?:s|ed|ing)?|join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|denounc(?:e|es|ed|ing))$/u;
const OBJECT_FOLLOWERS = new Set([
  "in",
  "on",
  "at",
  "by",
  "since",
  "before",
  "after",
  "last",
  "this",
  "and",
  "but",
  "yet",
  "while",
  "when",
  "as",
  "until",
  "within",
  "so",
  "either",
]);
const PAIR_HEADS = new Map([
  ["convention", "convention"],
  ["conventions", "convention"],
  ["treaty", "treaty"],
  ["treaties", "treaty"],
  ["protocol", "protocol"],
  ["protocols", "protocol"],
  ["covenant", "covenant"],
  ["covenants", "covenant"],
  ["agreement", "agreement"],
  ["agreements", "agreement"],
  ["instrument", "instrument"],
  ["instruments", "instrument"],
  ["declaration", "declaration"],
  ["declarations", "declaration"],
]);

/** The heads a reference by subject may have ("the torture convention", "the death-penalty protocol", "the test-ban treaty"). */
const SUBJECT_HEADS = new Set(["convention", "protocol", "treaty", "text", "resolution"]);
/** Heads a subject may follow with "on": "the text on persons with disabilities", "the resolution on the right to food". */
const ON_SUBJECT_HEADS = new Set(["text", "resolution", "draft"]);
/** Treaty heads that, in lower case, a subject may follow with "on": "the protocol on the extension of the treaty". */
const DESCRIBED_HEADS = new Set(["protocol", "agreement", "treaty", "convention", "amendment", "charter"]);
/** Words after "on" that say when or how, not what about: "the treaty on the day it opened", "on the sidelines of", "on behalf of". */
const OCCASIONS = new Set([
  "day",
  "date",
  "same",
  "eve",
  "occasion",
  "sidelines",
  "margins",
  "margin",
  "behalf",
  "basis",
  "anniversary",
  "way",
  "spot",
  "record",
  "condition",
  "understanding",
]);
/** The index of the word at `at`, past an article ("the", "a"). */
function pastArticle(tokens: readonly Token[], at: number): number {
  return tokens[at]?.lower === "the" || tokens[at]?.lower === "a" ? at + 1 : at;
}
/** Words of an "on" subject at most, and the words that end it (its clause's verb or a relative). */
const MAX_ON_SUBJECT_WORDS = 6;
const ON_SUBJECT_ENDS = new Set([
  "was",
  "were",
  "is",
  "are",
  "has",
  "had",
  "have",
  "which",
  "that",
  "by",
  "as",
  "presented",
  "introduced",
  "tabled",
  "adopted",
  "urges",
  "calls",
  "requests",
  "and",
]);
/** Words of a subject that name nothing by themselves. */
const SUBJECT_FUNCTION_WORDS = new Set(["the", "a", "an", "of", "on", "in", "to", "for", "with"]);
/** Words of a subject at most. */
const MAX_SUBJECT_WORDS = 2;
/** A subject word: lower-case letters, with inner hyphens ("death-penalty", "test-ban"). */
const SUBJECT_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/** Words before a head that say which one, not what it is about ("the said convention", "the present protocol"). */
const NOT_SUBJECTS = new Set([
  "such",
  "another",
  "each",
  "every",
  "any",
  "final",
  "agreed",
  "revised",
  "negotiated",
  "consolidated",
  "full",
  "current",
  "present",
  "latest",
  "original",
  "adopted",
  "whole",
  "the",
  "a",
  "an",
  "this",
  "that",
  "its",
  "their",
  "our",
  "his",
  "her",
  "and",
  "or",
  "of",
  "to",
  "in",
  "on",
  "for",
  "by",
  "with",
  "day",
  "year",
  "week",
  "month",
  "time",
  "first",
  "second",
  "third",
  "other",
  "whole",
  "entire",
  "very",
  "old",
  "earlier",
  "later",
  "proposed",
  "future",
  "same",
  "following",
  "previous",
  "next",
  "last",
  "key",
  "main",
  "two",
  "three",
  "both",
]);

/**
 * "the death-penalty protocol", "the torture convention": a reference by subject, resolved by the words of the name before. (Only
 * after "the": "that" and "this" also open clauses, "The states that ratified the treaty".)
 */
function subjectReferenceAt(tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  let k = i + 1;
  while (
    k < to &&
    k - i <= MAX_SUBJECT_WORDS &&
    SUBJECT_WORD.test((tokens[k] as Token).text) &&
    !NOT_SUBJECTS.has((tokens[k] as Token).lower) &&
    // (Ordinals say which one of a series, never what it is about: "the eleventh such text".)
    !ORDINAL_WORD.test((tokens[k] as Token).lower) &&
    !SUBJECT_HEADS.has((tokens[k] as Token).lower)
  )
    k++;
  const head = tokens[k];
  if (k === i + 1 || k >= to || !head || !SUBJECT_HEADS.has(head.lower)) return null;
  // ("the death-penalty protocol to the Covenant" is a name, read elsewhere.)
  const next = tokens[k + 1]?.lower;
  if (next === "of" || next === "to" || next === "on") return null;
  const subject = tokens
    .slice(i + 1, k)
    .map((t) => t.lower)
    .join(" ");
  return instrumentMention(i, k + 1, "anaphor", "", null, typeOfHead(head.lower) ?? "other", head.lower, undefined, subject);
}

/**
 * Where the subject "on persons with disabilities, presented by …" read from `k` ends: past its last content word (not a function
 * word it stopped after, "on the regulation of maritime navigation in Khor Abdullah").
 */
function onSubjectEnd(tokens: readonly Token[], k: number, to: number): number {
  let j = k;
  while (j < to && j - k < MAX_ON_SUBJECT_WORDS && SUBJECT_WORD.test((tokens[j] as Token).text) && !ON_SUBJECT_ENDS.has((tokens[j] as Token).lower)) j++;
  while (j > k && SUBJECT_FUNCTION_WORDS.has((tokens[j - 1] as Token).lower)) j--;
  return j;
}

/** The content words of "on persons with disabilities, presented by …" from `k`: what a text is about; undefined when none. */
function onSubject(tokens: readonly Token[], k: number, to: number): string | undefined {
  const words = tokens
    .slice(k, onSubjectEnd(tokens, k, to))
    .filter((t) => !SUBJECT_FUNCTION_WORDS.has(t.lower))
    .map((t) => t.lower);
  return words.length > 0 ? words.join(" ") : undefined;
}

function anaphorAt(tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  const t = tokens[i] as Token;
  if (!ANAPHOR_DETERMINERS.hasToken(t)) return null;
  let k = i + 1;
  // ("the GMO amendment": an acronym of its subject before an amendment's noun, which says which one it is.)
  let acronym = false;
  while (
    k < to &&
    k - i < 3 &&
    (ANAPHOR_MODIFIERS.has((tokens[k] as Token).lower) ||
      (AMENDMENT_ACRONYM.test((tokens[k] as Token).text) && AMENDMENT_NOUNS.has(tokens[k + 1]?.lower ?? "")))
  ) {
    if (!ANAPHOR_MODIFIERS.has((tokens[k] as Token).lower)) acronym = true;
    k++;
  }
  const head = tokens[k];
  if (!head || k >= to || !ANAPHOR_HEADS.has(head.lower)) return k === i + 1 && t.lower === "the" ? subjectReferenceAt(tokens, i, to) : null;
  if (acronym) {
    const text = tokens
      .slice(i + 1, k + 1)
      .map((x) => x.text)
      .join(" ");
    return instrumentMention(i, k + 1, "anaphor", "", null, "protocol", head.lower, text);
  }
  if (CAPITAL_ONLY_HEADS.has(head.lower) && !isCapitalised(head)) return null; // "heeded the call" is no reference to "the Paris Call"
  // "the date of deposit of the instrument with the Council of Europe": an instrument of consent, not a text. (A verb's object may be
  // one named before: "an instrument of withdrawal … it will deposit the instrument".)
  if (head.lower === "instrument" && tokens[i - 1]?.lower === "of" && DEPOSIT_NOUNS.has(tokens[i - 2]?.lower ?? "")) return null;
  const next = tokens[k + 1];
  // "the Convention on X" is a name, handled above; "the document of the session" is not an anaphor.
  // But "signed the Treaty on the day it opened", "on 3 May", "on behalf of": "on" before a lower-case word or a number is no name.
  if (next && (next.lower === "of" || (next.lower === "on" && !timeOrRoleAfter(tokens, k + 2, to))) && head.lower !== "convention") return null;
  // "remained committed to the treaty bodies", "the treaty event": the head modifies a noun after it; no reference.
  if (next && k + 1 < to && COMPOUNDED_NOUNS.has(next.text)) return null;
  const type = typeOfHead(head.lower) ?? "other";
  // ("the protocol on the extension of the treaty": a treaty's head in lower case with what it is about names that text, not the
  // last protocol named; "signed the treaty on the day it opened" names no subject.)
  // (Not "on behalf of": "Introducing the text on behalf of its sponsors" says for whom, not what the text is about.)
  const onFollows = next?.lower === "on" && k === i + 1 && tokens[k + 2]?.lower !== "behalf";
  const described = onFollows && !isCapitalised(head) && DESCRIBED_HEADS.has(head.lower) && !OCCASIONS.has(tokens[pastArticle(tokens, k + 2)]?.lower ?? "");
  const subject = onFollows && (ON_SUBJECT_HEADS.has(head.lower) || described) ? onSubject(tokens, k + 2, to) : undefined;
  const m = instrumentMention(i, k + 1, "anaphor", "", null, type, head.lower, undefined, subject);
  // (What such a text is about, as written, in case nothing before names it: pipeline.ts keeps it as a described text.)
  if (described && subject) m.subjectTo = onSubjectEnd(tokens, k + 2, to);
  return m;
}

/** A name word with an elided article: "Côte d'Ivoire" ("d'Ivoire" starts in lower case). */
const ELIDED_NAME_WORD = /^[dl]['’]\p{Lu}/u;

/** What opens the subject of a bilateral text's title after its parties: "for the avoidance of …", "on cooperation in …". */
const TAIL_LINKS = new Set(["for", "on", "concerning", "regarding", "relating", "in", "with"]);
/** Words that end a title's lower-case subject: its verb, a relative, a time or place of the act. */
const TAIL_STOPS = new Set([
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "will",
  "would",
  "shall",
  "should",
  "may",
  "can",
  "could",
  "signed",
  "ratified",
  "approved",
  "entered",
  "enters",
  "came",
  "comes",
  "done",
  "dated",
  "concluded",
  "initialled",
  "which",
  "that",
  "who",
  "whose",
  "by",
  "at",
  "during",
  "since",
  "until",
  "after",
  "before",
  "when",
  "while",
  "as",
  "last",
  "today",
  "yesterday",
  "this",
  "next",
  "but",
  "so",
  "because",
  "and",
  "or",
]);
const TAIL_ARTICLES = new Set(["the", "a", "an"]);
/** How many tokens a title's lower-case subject may run. */
const MAX_TAIL = 30;

/**
 * The end of a bilateral title's lower-case subject after the name ending at `end` ("… between A and B for the elimination of double
 * taxation with respect to taxes on income"), else `end`: only after "between", from a linking word and a lower-case word, over words
 * and their connectors up to a verb, a relative, a time or a punctuation mark. ("and" goes on only before a lower-case word: "… and
 * the prevention of fiscal evasion".)
 */
function bilateralTail(view: string, tokens: readonly Token[], h: number, end: number, to: number): number {
  const link = tokens[end];
  if (!link || end >= to || !TAIL_LINKS.has(link.lower) || !tokens.slice(h + 1, end).some((t) => t.lower === "between")) return end;
  let k = end + 1;
  if (link.lower === "relating" && tokens[k]?.lower === "to") k++;
  if (TAIL_ARTICLES.has(tokens[k]?.lower ?? "")) k++;
  if (k >= to || !isLowerWord(tokens[k]) || TAIL_STOPS.has((tokens[k] as Token).lower)) return end;
  let e = k;
  while (e < to && e - end < MAX_TAIL) {
    const t = tokens[e] as Token;
    const gap = view.slice((tokens[e - 1] as Token).end, t.start);
    if (!t.word || PARAGRAPH_GAP.test(gap) || t.start - (tokens[e - 1] as Token).end > COLUMN_GAP || DIGIT_FIRST.test(t.text)) break;
    if (t.lower === "and" || t.lower === "or") {
      const next = TAIL_ARTICLES.has(tokens[e + 1]?.lower ?? "") ? tokens[e + 2] : tokens[e + 1];
      if (!isLowerWord(next) || TAIL_STOPS.has(next?.lower ?? "")) break;
    } else if (TAIL_STOPS.has(t.lower) || isCapitalised(t)) break;
    e++;
  }
  return e > k ? e : end;
}

/** The body names of the catalog, as words, each once. */
const BODY_WORDS = new Map<string, readonly string[]>();

/** Where the catalog body's own name right before a name starting at `at` begins ("Council of Europe" Istanbul Convention), else `at`. */
function bodyNameStart(tokens: readonly Token[], at: number, from: number, body: string | null, free: (a: number, b: number) => boolean): number {
  if (!body || at === from) return at;
  let words = BODY_WORDS.get(body);
  if (!words) {
    words = tokenizePhrase(body).map((t) => t.text);
    BODY_WORDS.set(body, words);
  }
  const start = at - words.length;
  if (start < from || !free(start, at)) return at;
  for (let k = 0; k < words.length; k++) if ((tokens[start + k] as Token).text !== words[k]) return at;
  return start;
}
