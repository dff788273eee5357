import { catalogIndex, type CatalogIndex } from "../lexicon/catalogIndex";
import { WordSet } from "../lexicon/wordTags";
import type { CatalogEntry } from "../model";
import { isCapitalised, isPossessiveMark, type Token } from "../text/tokens";
import { lookupActor } from "./actors";
import type { InstrumentMention } from "./instruments";
import {
  AMENDMENT_NOUNS,
  CALENDAR,
  DIGIT_FIRST,
  glued,
  instrumentMention,
  joinText,
  MAX_TAIL_WORDS,
  NAME_CONNECTORS,
  TAIL_STOP,
  TIME_WORDS,
  YEAR,
} from "./instrumentWords";

/**
 * Resolutions, by what a text gives of them:
 *  - a number: "Security Council resolution 2347 (2017)", "resolutions 1368 and 1373", "resolution 51/210";
 *  - a document symbol: "A/RES/60/288", "A/73/L.66", "draft resolution A/C.3/74/L.21", "draft resolution L.57";
 *  - a title: 'the resolution entitled "Title" (A/C.1/71/L.1)', "the resolution on Promoting X, Y and Z in W";
 *  - a description: "a resolution condemning the attack", "the resolution that established the mandate",
 *    "the resolution on nuclear disarmament".
 * Only numbers and symbols of catalogued resolutions get a catalog entry: titles and descriptions recur
 * year after year, so they are kept as written.
 */
const BODY_WORDS = new Set([
  "security",
  "council",
  "general",
  "assembly",
  "human",
  "rights",
  "un",
  "sc",
  "unsc",
  "ga",
  "unga",
  "hrc",
  "united",
  "nations",
  "'s",
  "s",
  "'",
  "councils",
  "new",
  "draft",
]);
/** What may stand before "resolution" when a description follows (not "conflict resolution", "dispute resolution"). */
const DESCRIPTION_LEAD = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "its",
  "their",
  "our",
  "his",
  "her",
  "draft",
  "new",
  "landmark",
  "historic",
  "joint",
  "of",
  "for",
  "on",
  "against",
  "same",
  "latest",
  "annual",
]);
/** Words that make "resolution" a settlement, not a text: "a conflict resolution on …", "the peaceful resolution of …". */
const SETTLEMENT_WORDS = new Set(["conflict", "dispute", "peaceful", "political", "negotiated", "diplomatic", "amicable", "swift", "speedy", "final"]);
/** "-ing" words that do not describe a resolution's content ("the resolution being debated"). */
const NOT_DESCRIBING = new Set([
  // ("the resolution adopting the agreement": the text it adopts is the one named after it, not a description.)
  "adopting",
  "being",
  "having",
  "during",
  "including",
  "following",
  "pending",
  "meeting",
  "morning",
  "evening",
  "nothing",
  "something",
  "anything",
  "everything",
  "setting",
  "wording",
  "notwithstanding",
]);
/** Verbs that end a description ("a resolution condemning the coup co-sponsored by 40 States"). */
const DESCRIPTION_STOP = new Set([
  "co-sponsored",
  "cosponsored",
  "sponsored",
  "supported",
  "voted",
  "tabled",
  "presented",
  "introduced",
  "passed",
  "approved",
  "endorsed",
  "said",
  "says",
  "stated",
  "received",
  "won",
]);
const SYMBOL_BODIES = new Set(["A", "S", "E"]);
const BODY_PREFIX = /^[A-Z]{2,6}$/u;
const DETERMINER = new Set(["the", "a", "an", "all", "its", "their"]);
const TITLE_LEAD = new Set(["on", "entitled", "titled", "called"]);
const MAX_DESCRIPTION_WORDS = 12;
/** "a resolution on the matter / on this issue": the subject is one the text has named or goes on to name. */
const ANAPHOR_DETERMINER = new Set(["the", "this", "that"]);
const SUBJECT_NOUNS = new Set(["matter", "issue", "subject", "question", "topic", "item"]);
const MAX_TITLE_TOKENS = 30;
// Hoisted: a regex literal is a new object every time it runs.
/** A resolution's number, or an emergency special session's ("ES-11" of "resolution ES-11/4"). */
const RESOLUTION_NUMBER = /^(?:\d{1,4}|ES-\d{1,2})$/u;
const PARTICIPLE = /^[a-z]{3,}ing$/u;
const PAST = /^[a-z]{3,}ed$/u;
/** The World Health Assembly's or Executive Board's letters with their session ("A78", "EB156"). */
const WHO_SESSION = /^(?:A|EB)\d{2,3}$/u;
const GA_SYMBOL = /^A\/RES\/(\d{1,3}\/\d{1,4})/u;
const SC_SYMBOL = /^S\/RES\/(\d{1,4})/u;
const HAS_DIGIT = /\d/u;

/** The words that may start a numbered, symbolised, titled or described resolution ("decision" after "draft"). */
const RESOLUTION_WORDS = new WordSet(["resolution", "resolutions", "decision", "prop", "proposal", "recommendation"]);
/** A numbered proposal put to a conference: "Prop. 43", "Proposal 12" (capitalised, with its number). */
const NUMBER = /^\d{1,4}$/u;

/** Whether a resolution mention may start at token `i` (findResolutions tries only these). */
export function mayStartResolution(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return (
    RESOLUTION_WORDS.hasToken(t) ||
    (t.text.length === 1 && SYMBOL_BODIES.has(t.text) && tokens[i + 1]?.text === "/") ||
    (WHO_SESSION.test(t.text) && tokens[i + 1]?.text === "/" && glued(tokens, i + 1)) ||
    (tokens[i + 1]?.text === "/" && tokens[i - 1]?.text === "(" && BODY_PREFIX.test(t.text) && TEXT_NOUNS.has(tokens[i - 2]?.lower ?? "")) ||
    // (A body's symbol, which names a draft or a resolution: "GC(68)/L.8", "FCCC/CP/2023/L.17".)
    ((tokens[i + 1]?.text === "/" || tokens[i + 1]?.text === "(") && BODY_PREFIX.test(t.text) && glued(tokens, i + 1))
  );
}

/** Words before a file's or a request's number, which is no text's symbol: "(request FOI/2024/0112)", "Ref: MFAT/LEG/2019/4". */
const FILE_WORDS = new Set(["request", "ref", "reference", "file", "case", "our", "your", "tracking", "no", "number"]);

/** Whether the symbol-like word at token i numbers a file or a request ("request FOI/2024/0112", "File ref: ENV/ODS/KIG/1"; none of its segments starts a symbol). */
function fileNumber(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && [":", ".", "#"].includes((tokens[k] as Token).text)) k--;
  return FILE_WORDS.has(tokens[k]?.lower ?? "");
}

/** Nouns of a text put to a body, before another organisation's symbol in brackets: "The proposal (IWC/69/7 Rev1)". */
const TEXT_NOUNS = new Set(["proposal", "proposals", "draft", "text", "amendment", "amendments"]);
/** A revision after a symbol, as its own word: "IWC/69/7 Rev1", "UNEP/EA.6/L.1 Rev.2". */
const REVISION = /^Rev\d*$/u;

/** The resolutions of tokens [from, to) that start at the indexes `at` (ascending: where mayStartResolution holds). */
export function findResolutions(view: string, tokens: readonly Token[], from: number, to: number, at: readonly number[]): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  const cat = catalogIndex();
  let next = from;
  for (const i of at) {
    if (i < next || i >= to) continue;
    const t = tokens[i] as Token;
    let found: InstrumentMention[] | null = null;
    if (
      t.lower === "resolution" ||
      t.lower === "resolutions" ||
      ((t.lower === "decision" || t.lower === "decisions") &&
        (tokens[i - 1]?.lower === "draft" || codeEnd(tokens, i + 1, to) > 0 || adoptedDecision(tokens, i, from))) ||
      // "Recommendation 24.COM 4": a committee's numbered recommendation (a bare "recommendation" is a common noun).
      (t.text === "Recommendation" && codeEnd(tokens, i + 1, to) > 0)
    ) {
      found = resolutionAt(view, tokens, i, from, to, cat);
    } else if (t.lower === "prop" || t.lower === "proposal") {
      const k = t.lower === "prop" && tokens[i + 1]?.text === "." ? i + 2 : i + 1;
      if (/^P/u.test(t.text) && NUMBER.test(tokens[k]?.text ?? "") && k < to)
        found = [instrumentMention(i, k + 1, "resolution", joinText(view, tokens, i, k + 1), null, "resolution")];
    } else if (((t.text.length === 1 && SYMBOL_BODIES.has(t.text)) || WHO_SESSION.test(t.text)) && tokens[i + 1]?.text === "/") {
      const end = symbolEnd(tokens, i, to);
      // "an amendment (A/HRC/57/L.61)": the amendment's symbol, named with its noun (not the resolution it would amend).
      const noun = bracketedAfter(tokens, i, end, from);
      // "an amendment proposed by the Russian Federation (document A/C.3/80/L.61)": the amendment's symbol, its noun further back.
      const proposed = noun >= 0 && !AMENDMENT_NOUNS.has((tokens[noun] as Token).lower) ? proposedAmendment(tokens, noun, from) : -1;
      if (end > 0)
        found = [
          noun >= 0 && AMENDMENT_NOUNS.has((tokens[noun] as Token).lower)
            ? symbolMention(view, tokens, noun, end + 1, cat, i)
            : proposed >= 0
              ? { ...symbolMention(view, tokens, i, end, cat), head: (tokens[proposed] as Token).lower }
              : symbolMention(view, tokens, i, end, cat),
        ];
    } else if (BODY_PREFIX.test(t.text) && tokens[i - 1]?.text !== "/" && !fileNumber(tokens, i)) {
      // "The proposal (IWC/69/7 Rev1)": another organisation's text, known by its symbol.
      let end = symbolEnd(tokens, i, to, true);
      if (end > 0 && REVISION.test(tokens[end]?.text ?? "")) end = tokens[end + 1]?.text === "." && glued(tokens, end + 1) ? end + 3 : end + 1;
      // (Or a draft's or resolution's symbol anywhere: "GC(68)/L.8 Nuclear safety … Adopted by a roll-call vote".)
      if (end > 0 && (tokens[end]?.text === ")" || namesText(tokens, i, end)))
        found = [instrumentMention(i, end, "resolution", joinText(view, tokens, i, end), null, "resolution")];
    }
    if (found && found.length > 0) {
      out.push(...found);
      next = (found[found.length - 1] as InstrumentMention).to;
    }
  }
  return out;
}

/** Forms of "adopt" a body's decision is the object of. */
const ADOPTING = new Set(["adopted", "adopt", "adopts", "adopting"]);
/** Words between the verb and "a decision": "adopted by consensus a decision", "adopted two decisions". */
const ADOPTED_FILLERS = new Set(["by", "consensus", "unanimously", "also", "further", "a", "an", "the", "two", "three", "four", "five", "several", "its"]);

/**
 * "adopted a decision on land tenure", "adopted by consensus a decision establishing X": a body's decision, described, as the
 * object of its adoption (a bare "decision" elsewhere is a common noun: "the decision to withdraw").
 */
function adoptedDecision(tokens: readonly Token[], i: number, from: number): boolean {
  const article = tokens[i - 1]?.lower ?? "";
  if (!ADOPTED_FILLERS.has(article) || article === "by" || article === "consensus") return false;
  for (let k = i - 1; k >= from && k >= i - 5; k--) {
    const w = (tokens[k] as Token).lower;
    if (ADOPTING.has(w)) return true;
    if (!ADOPTED_FILLERS.has(w)) return false;
  }
  return false;
}

/** "amendment (A/…)", "amendment (document A/…)": the noun's index when the symbol [k, end) is bracketed right after a word, else -1. */
/** Participles that say who put an amendment forward: "an amendment proposed by A (document …)". */
const PUT_FORWARD = new Set(["proposed", "submitted", "tabled", "introduced", "presented", "sponsored"]);
/** Tokens from an amendment's noun to the bracket that gives its symbol, at most. */
const PROPOSER_REACH = 10;

/** "amendment proposed by the Russian Federation" ending at token `last`: the index of "amendment", or -1. */
function proposedAmendment(tokens: readonly Token[], last: number, from: number): number {
  for (let k = last - 1; k >= from && last - k <= PROPOSER_REACH; k--) {
    const t = tokens[k] as Token;
    if (!t.word && t.text !== "-") return -1;
    if (AMENDMENT_NOUNS.has(t.lower) && PUT_FORWARD.has(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "by") return k;
  }
  return -1;
}

function bracketedAfter(tokens: readonly Token[], k: number, end: number, from: number): number {
  if (end < 0 || tokens[end]?.text !== ")") return -1;
  const open = tokens[k - 1]?.lower === "document" ? k - 2 : k - 1;
  return open - 1 >= from && tokens[open]?.text === "(" && (tokens[open - 1] as Token).word ? open - 1 : -1;
}

/** A State's three-letter code as a symbol's segment ("MNG", "KEN"). */
const STATE_CODE = /^[A-Z]{3}$/u;

/**
 * The end of a treaty body's symbol for a document on one State at token k ("CAT/C/MNG/QPR/3", "CCPR/C/KEN/CO/4",
 * "E/C.12/KEN/CO/7": a State's report, a list of issues, concluding observations), or -1. Such a document is no text anyone adopts
 * or votes on, nor does the body's acronym in it ("CAT") name the convention.
 */
export function stateDocumentEnd(tokens: readonly Token[], k: number, to: number): number {
  const body = tokens[k];
  if (!body || !(BODY_PREFIX.test(body.text) || SYMBOL_BODIES.has(body.text)) || tokens[k + 1]?.text !== "/" || !glued(tokens, k + 1)) return -1;
  let e = k + 2;
  if (tokens[e]?.text !== "C" || !glued(tokens, e)) return -1;
  e++;
  // ("C.12": a committee's number.)
  if (tokens[e]?.text === "." && glued(tokens, e) && glued(tokens, e + 1) && HAS_DIGIT.test(tokens[e + 1]?.text ?? "")) e += 2;
  if (tokens[e]?.text !== "/" || !glued(tokens, e) || !STATE_CODE.test(tokens[e + 1]?.text ?? "") || !glued(tokens, e + 1)) return -1;
  e += 2;
  while (e + 1 < to && (tokens[e]?.text === "/" || tokens[e]?.text === ".") && glued(tokens, e) && (tokens[e + 1] as Token).word && glued(tokens, e + 1))
    e += 2;
  return e;
}

/** The end of a UN document symbol at token k ("A/73/L.66", "A/C.3/74/L.21", "S/RES/2467 (2019)"), or -1. */
const RECORD_SEGMENTS = new Set(["SR", "PV"]);

function symbolEnd(tokens: readonly Token[], k: number, to: number, afterResolution = false): number {
  const first = tokens[k];
  // After "resolution" any body's prefix in capitals ("draft resolution CAC/COSP/2023/L.7", "UNEP/EA.6/L.1"); alone, the UN's.
  // ("A78/B/CONF./3 Rev.1", "EB156/CONF./2": the World Health Assembly's or Executive Board's, its session glued to its letters.)
  if (!first || k >= to || !(SYMBOL_BODIES.has(first.text) || WHO_SESSION.test(first.text) || (afterResolution && BODY_PREFIX.test(first.text)))) return -1;
  let e = sessionAfter(tokens, k + 1, to);
  // ("GC(68)/L.8": the bracketed session counts as a segment.)
  let segments = e > k + 1 ? 1 : 0;
  let digits = e > k + 1;
  while (e + 1 < to && tokens[e]?.text === "/" && glued(tokens, e) && (tokens[e + 1] as Token).word && glued(tokens, e + 1)) {
    // "A/C.6/78/SR.10", "S/PV.9500": a meeting's summary or verbatim record, no text anyone adopts or votes on.
    if (RECORD_SEGMENTS.has((tokens[e + 1] as Token).text)) return -1;
    digits ||= HAS_DIGIT.test((tokens[e + 1] as Token).text);
    e += 2;
    segments++;
    // "C.3", "L.66", "Rev.1": a segment with a dotted part.
    if (e + 1 < to && tokens[e]?.text === "." && glued(tokens, e) && (tokens[e + 1] as Token).word && glued(tokens, e + 1)) {
      digits ||= HAS_DIGIT.test((tokens[e + 1] as Token).text);
      e += 2;
    }
    // "COP(16)": a segment's session in brackets.
    const session = sessionAfter(tokens, e, to);
    digits ||= session > e;
    e = session;
    // ("CONF./3": an abbreviation's full stop before the next segment.)
    if (tokens[e]?.text === "." && glued(tokens, e) && tokens[e + 1]?.text === "/" && glued(tokens, e + 1)) e++;
  }
  if (segments < 2 || !digits) return -1;
  // ("A78/B/CONF./3 Rev.1": a revision after a space.)
  if (
    e + 2 < to &&
    REVISION.test(tokens[e]?.text ?? "") &&
    tokens[e + 1]?.text === "." &&
    glued(tokens, e + 1) &&
    NUMBER.test(tokens[e + 2]?.text ?? "") &&
    glued(tokens, e + 2)
  )
    e += 3;
  return yearAfter(tokens, e, to);
}

/** After a symbol's prefix or segment at `e`, a session number in brackets glued to it ("GC(68)/L.8", "ICCD/COP(16)/L.2"): its end, else `e`. */
function sessionAfter(tokens: readonly Token[], e: number, to: number): number {
  return e + 2 < to &&
    tokens[e]?.text === "(" &&
    glued(tokens, e) &&
    /^\d{1,3}$/u.test(tokens[e + 1]?.text ?? "") &&
    tokens[e + 2]?.text === ")" &&
    glued(tokens, e + 2)
    ? e + 3
    : e;
}

/** A segment of a body's symbol that makes it a draft or an adopted text ("GC(68)/L.8", "GC(68)/RES/12", "UNEP/EA.6/Res.3"). */
const TEXT_SEGMENTS = new Set(["L", "RES", "Res", "DEC", "Dec"]);

/** Does the symbol [k, end) have a draft's or adopted text's segment? */
function namesText(tokens: readonly Token[], k: number, end: number): boolean {
  for (let e = k + 1; e + 1 < end; e++) if (tokens[e]?.text === "/" && TEXT_SEGMENTS.has((tokens[e + 1] as Token).text)) return true;
  return false;
}

/** "L.57", "L.57/Rev.1" (a draft's short symbol, after "draft resolution"), or -1. */
function shortSymbolEnd(tokens: readonly Token[], k: number, to: number): number {
  if (k + 2 >= to || tokens[k]?.text !== "L" || tokens[k + 1]?.text !== "." || !glued(tokens, k + 1) || !glued(tokens, k + 2)) return -1;
  if (!RESOLUTION_NUMBER.test((tokens[k + 2] as Token).text)) return -1;
  let e = k + 3;
  if (e + 3 < to && tokens[e]?.text === "/" && glued(tokens, e) && tokens[e + 1]?.lower === "rev" && tokens[e + 2]?.text === "." && glued(tokens, e + 3))
    e += 4;
  return e;
}

/** The comma before a title set off by commas ('resolution, "Title"'). */
const SET_OFF_TITLE = /,\s*"/u;

/** A year in parentheses right after a number or symbol: "2347 (2017)". */
function yearAfter(tokens: readonly Token[], e: number, to: number): number {
  return e + 2 < to && tokens[e]?.text === "(" && YEAR.test(tokens[e + 1]?.text ?? "") && tokens[e + 2]?.text === ")" ? e + 3 : e;
}

function symbolEntry(symbol: string, cat: CatalogIndex): CatalogEntry | null {
  const ga = GA_SYMBOL.exec(symbol);
  if (ga) return (cat.resolutions.get(ga[1] as string) ?? []).find((e) => e.body === "UN General Assembly") ?? null;
  const sc = SC_SYMBOL.exec(symbol);
  if (sc) return (cat.resolutions.get(sc[1] as string) ?? []).find((e) => e.body === "UN Security Council") ?? null;
  return null;
}

/** The catalog entry whose name or alias is written at tokens [from, to), a parenthesised year after it left out. */
function phraseEntry(tokens: readonly Token[], from: number, to: number, cat: CatalogIndex): CatalogEntry | null {
  const end = to - from > 3 && tokens[to - 1]?.text === ")" && tokens[to - 3]?.text === "(" ? to - 3 : to;
  for (const m of cat.phrases.findAll(tokens, from, to)) if (m.from === from && (m.to === to || m.to === end)) return m.value;
  return null;
}

function symbolMention(view: string, tokens: readonly Token[], from: number, to: number, cat: CatalogIndex, symbolAt = from): InstrumentMention {
  const entry = symbolEntry(joinText(view, tokens, symbolAt, to), cat) ?? phraseEntry(tokens, symbolAt, to, cat);
  return instrumentMention(from, to, "resolution", joinText(view, tokens, from, to), entry, "resolution");
}

function resolutionAt(view: string, tokens: readonly Token[], i: number, from: number, to: number, cat: CatalogIndex): InstrumentMention[] {
  // Body words before: "UN Security Council", "Security", "General Assembly", "Councils' new".
  let start = i;
  while (start - 1 >= from && BODY_WORDS.has((tokens[start - 1] as Token).lower) && i - start < 6) start--;
  // ("Canada's resolution": a possessive mark after a name that is no body's is not the resolution's.)
  while (start < i && (isPossessiveMark(tokens[start]) || tokens[start]?.text === "'")) start++;
  if (start < i && (tokens[start] as Token).lower === "new") start++;
  const prefix = tokens
    .slice(start, i)
    .map((x) => x.lower)
    .join(" ");
  const body = /security|sc\b|unsc/u.test(prefix)
    ? "UN Security Council"
    : /assembly|\bga\b|unga/u.test(prefix)
      ? "UN General Assembly"
      : /human rights|hrc/u.test(prefix)
        ? "UN Human Rights Council"
        : null;
  // (A symbol in brackets right after a description or title is the same text's: "a resolution on the right to a clean, healthy and
  // sustainable environment (A/HRC/61/L.18)".)
  const whole = (end: number): InstrumentMention[] => {
    const at = tokens[end]?.text === "(" ? end + (tokens[end + 1]?.lower === "document" ? 2 : 1) : -1;
    const symbol = at > 0 && end < to ? symbolEnd(tokens, at, to, true) : -1;
    const last = symbol > 0 && tokens[symbol]?.text === ")" && symbol < to ? symbol + 1 : end;
    return [instrumentMention(start, last, "resolution", joinText(view, tokens, start, last), null, "resolution")];
  };
  const numbered = numberedAt(view, tokens, i, start, to, body, cat);
  // Another organisation's numbering ("Resolution 9.12", "resolution 12/51-POL", "decision 3/CP.29", "AG/RES. 2997 (LII-O/22)"):
  // the code as written, when it reaches past the plain number.
  const code = codeEnd(tokens, i + 1, to);
  // Symbols: "resolution A/RES/60/288", "draft resolution A/C.1/73/L.57", "draft resolution L.57"; in brackets, "The resolution
  // (A/HRC/57/L.23)", "the draft resolution (document A/C.3/79/L.5)". (A symbol that reaches past the code is the text's:
  // "draft resolution A77/A/CONF./7".)
  const symbol = symbolEnd(tokens, i + 1, to, true);
  if (code > 0 && code >= symbol && (numbered.length === 0 || (numbered.length === 1 && code > (numbered[0] as InstrumentMention).to))) return whole(code);
  if (numbered.length > 0) return numbered;
  if (symbol > 0) return [symbolMention(view, tokens, start, symbol, cat, i + 1)];
  const inBrackets = tokens[i + 1]?.text === "(" ? i + (tokens[i + 2]?.lower === "document" ? 3 : 2) : -1;
  const bracketed = inBrackets > 0 ? symbolEnd(tokens, inBrackets, to, true) : -1;
  if (bracketed > 0 && tokens[bracketed]?.text === ")") return [symbolMention(view, tokens, start, bracketed + 1, cat, inBrackets)];
  const short = shortSymbolEnd(tokens, i + 1, to);
  if (short > 0) return whole(short);
  // Titled: resolution [on|entitled] "Title" (document A/C.1/71/L.1).
  const quoted = quotedTitleEnd(tokens, i + 1, to);
  if (quoted > 0) {
    const found = whole(quoted);
    // ('resolution, "Title",': the name without the comma that sets its title off.)
    if (tokens[i + 1]?.text === "," && tokens[i + 2]?.text === '"') for (const m of found) m.text = m.text.replace(SET_OFF_TITLE, ' "');
    return found;
  }
  const lead = tokens[i - 1];
  // ("the biennial resolution on X", "its traditional resolution condemning Y": a word of its kind between the article and it.)
  const described =
    start < i ||
    (lead !== undefined &&
      i - 1 >= from &&
      (DESCRIPTION_LEAD.has(lead.lower) ||
        isPossessiveMark(lead) ||
        (lead.word &&
          lead.text === lead.lower &&
          !HAS_DIGIT.test(lead.text) &&
          !SETTLEMENT_WORDS.has(lead.lower) &&
          i - 2 >= from &&
          (DETERMINER.has(tokens[i - 2]?.lower ?? "") || isPossessiveMark(tokens[i - 2])))));
  const next = tokens[i + 1];
  // "adopting a resolution on the matter": a reference to the text the document names (before or after), not a description.
  if (next?.lower === "on" && ANAPHOR_DETERMINER.has(tokens[i + 2]?.lower ?? "") && SUBJECT_NOUNS.has(tokens[i + 3]?.lower ?? "") && i + 3 < to) {
    return [instrumentMention(start, i + 4, "anaphor", "", null, "resolution", "resolution")];
  }
  // ("introducing the draft resolution on behalf of the sponsors": for whom, not a title or a topic.)
  if (next && i + 1 < to && TITLE_LEAD.has(next.lower) && tokens[i + 2]?.lower !== "behalf") {
    // resolution on Promoting Reconciliation, Accountability and Human Rights in X; resolution entitled Title.
    const title = titleEnd(tokens, i + 2, to);
    if (title > 0) return whole(title);
    // resolution on <topic>: "the resolution on nuclear disarmament".
    if (next.lower === "on" && described) {
      const end = tailEnd(tokens, i + 2, to, MAX_TAIL_WORDS);
      if (end > i + 2) return whole(end);
    }
  }
  // Described: "a resolution condemning X", "the resolution that established Y".
  if (described && next && i + 1 < to) {
    let k = -1;
    if (PARTICIPLE.test(next.text) && !NOT_DESCRIBING.has(next.lower)) k = i + 2;
    else if ((next.lower === "that" || next.lower === "which") && PAST.test(tokens[i + 2]?.text ?? "") && i + 2 < to) k = i + 3;
    if (k > 0) {
      const end = tailEnd(tokens, k, to, MAX_DESCRIPTION_WORDS);
      if (end > k) return whole(end);
    }
  }
  if (start < i && /council|assembly/u.test(prefix) && /new|draft/u.test(prefix)) return whole(i + 1);
  return [];
}

const CODE_JOINTS = new Set(["/", ".", "-"]);
const RES_ABBREVIATION = /^res$/iu;
/** A bracketed code after a symbol: "(LII-O/22)", "(XIV)", "(2024)". */
const BRACKET_CODE_TOKENS = 7;

/**
 * The end of an organisation's document code at token k, written without spaces and holding a digit and a joint or a
 * letter-digit mix: "9.12", "12/51-POL", "3/CP.29", "IG.27/4", "SC-12/11", "LP.5(14)", "6(LX)"; the OAS's "AG/RES. 2997"
 * (a space after "RES."); and a bracketed session code or year after it ("(LII-O/22)"). -1 when there is none.
 */
const SESSION_CODE = /^(?:COM|EXT|GA|CP|CMP|MOP|CONF)$/u;
const ITEM_NUMBER = /^\d{1,2}[A-Z]?$/u;

function codeEnd(tokens: readonly Token[], k: number, to: number): number {
  const first = tokens[k];
  if (!first || k >= to || !first.word) return -1;
  let e = k + 1;
  let joints = 0;
  for (;;) {
    const t = tokens[e];
    if (!t || e >= to || !glued(tokens, e)) break;
    if (CODE_JOINTS.has(t.text) && tokens[e + 1]?.word && glued(tokens, e + 1) && e + 1 < to) {
      e += 2;
      joints++;
    } else if (t.text === "(" && tokens[e + 1]?.word && tokens[e + 2]?.text === ")" && glued(tokens, e + 1) && glued(tokens, e + 2) && e + 2 < to) {
      e += 3;
      joints++;
    } else if (t.text === "." && RES_ABBREVIATION.test((tokens[e - 1] as Token).text) && /^\d+$/u.test(tokens[e + 1]?.text ?? "") && e + 1 < to) {
      e += 2; // "AG/RES. 2997"
      joints++;
    } else break;
  }
  // "24.COM 4", "44.COM 7B.1": a session's code, then its item's number after a space.
  if (joints > 0 && SESSION_CODE.test((tokens[e - 1] as Token).text) && ITEM_NUMBER.test(tokens[e]?.text ?? "") && e < to) {
    e++;
    while (tokens[e]?.text === "." && glued(tokens, e) && ITEM_NUMBER.test(tokens[e + 1]?.text ?? "") && glued(tokens, e + 1) && e + 1 < to) e += 2;
  }
  const written = tokens.slice(k, e);
  if (!written.some((x) => HAS_DIGIT.test(x.text))) return -1;
  if (joints === 0 && !(HAS_DIGIT.test(first.text) && /\p{L}/u.test(first.text))) return -1;
  if (tokens[e]?.text === "(" && e < to) {
    for (let c = e + 1; c < Math.min(to, e + BRACKET_CODE_TOKENS); c++) {
      const x = tokens[c] as Token;
      if (!glued(tokens, c)) break;
      if (x.text === ")") return c > e + 1 && tokens.slice(e + 1, c).some((y) => /^[\dIVXLC]/u.test(y.text) && /[\d/-]|^[IVXLC]+$/u.test(y.text)) ? c + 1 : e;
    }
  }
  return e;
}

/** Numbers: "resolution 2347 (2017)", "Resolutions 1368 and 1373", "resolution 51/210". */
function numberedAt(view: string, tokens: readonly Token[], i: number, start: number, to: number, body: string | null, cat: CatalogIndex): InstrumentMention[] {
  let k = i + 1;
  const numbers: Array<{ from: number; to: number; n: string }> = [];
  while (k < to) {
    const nTok = tokens[k] as Token;
    if (!RESOLUTION_NUMBER.test(nTok.text) || (nTok.text.startsWith("ES") && tokens[k + 1]?.text !== "/")) break;
    let n = nTok.text;
    let e = k + 1;
    if (tokens[e]?.text === "/" && RESOLUTION_NUMBER.test(tokens[e + 1]?.text ?? "")) {
      n += `/${(tokens[e + 1] as Token).text}`;
      e += 2;
    }
    e = yearAfter(tokens, e, to);
    numbers.push({ from: k, to: e, n });
    k = e;
    if (tokens[k]?.text === "," || tokens[k]?.lower === "and") k++;
    else break;
  }
  // "Resolution ES-11/4, titled "Territorial integrity of Ukraine: defending the principles of the Charter …"": the title is the
  // resolution's (its tokens are claimed, so the Charter named inside it is no instrument of the sentence); the name stays the number.
  const titled = numbers.length === 1 ? quotedTitleEnd(tokens, (numbers[0] as { to: number }).to, to, true) : -1;
  return numbers.map((num, idx) => {
    const entry = (cat.resolutions.get(num.n) ?? []).find((e) => !body || e.body === body) ?? (body ? null : phraseEntry(tokens, i, num.to, cat));
    const label = `${body ? body.replace(/^UN /u, "") + " " : ""}resolution ${num.n}`;
    const text = idx === 0 ? joinText(view, tokens, start, num.to) : label;
    return instrumentMention(idx === 0 ? start : num.from, titled > 0 ? titled : num.to, "resolution", text, entry, "resolution");
  });
}

/** [the] "Title" [(symbols)]: the end after the closing quote (and a parenthesis right after it), or -1. */
function quotedTitleEnd(tokens: readonly Token[], k: number, to: number, leadRequired = false): number {
  let e = k;
  if (leadRequired && !TITLE_LEAD.has(tokens[e]?.lower ?? "") && !(tokens[e]?.text === "," && TITLE_LEAD.has(tokens[e + 1]?.lower ?? ""))) return -1;
  // "The resolution, entitled "…",": the title set off by a comma; so is a bare quoted title between commas ("Canada's annual
  // resolution, "Accelerating efforts …", was adopted").
  const setOff = tokens[e]?.text === "," && tokens[e + 1]?.text === '"';
  if (tokens[e]?.text === "," && (TITLE_LEAD.has(tokens[e + 1]?.lower ?? "") || setOff)) e++;
  if (TITLE_LEAD.has(tokens[e]?.lower ?? "")) e++;
  if (tokens[e]?.lower === "the" && tokens[e + 1]?.text === '"') e++;
  const q = tokens[e];
  if (!q || e >= to || (q.text !== '"' && q.text !== "'")) return -1;
  for (let c = e + 1; c < Math.min(to, e + 60); c++) {
    const ct = tokens[c] as Token;
    if (ct.text === q.text && (c + 1 >= to || !(tokens[c + 1] as Token).word || (tokens[c + 1] as Token).start > ct.end)) {
      let end = c + 1;
      if (tokens[end]?.text === "(") {
        for (let d = end + 1; d < Math.min(to, end + 20); d++) {
          if ((tokens[d] as Token).text === ")") {
            end = d + 1;
            break;
          }
        }
      }
      // (A bare title between commas closes with its comma.)
      return setOff && tokens[end]?.text !== "," ? -1 : end;
    }
  }
  return -1;
}

/**
 * A title in capitals after "resolution on" or "entitled": "[the] Promoting Reconciliation,
 * Accountability and Human Rights in Sri Lanka". A comma continues it only into another title
 * word that is not a state ("on Syria, Chile said" ends at Syria). The end, or -1.
 */
/** Words that end a title in a title-case headline: the reason, time or manner of the news, never a text's subject. */
export const HEADLINE_BREAKS: ReadonlySet<string> = new Set(["owing", "amid", "despite", "citing", "ahead", "because", "following"]);

function titleEnd(tokens: readonly Token[], k: number, to: number): number {
  let c = tokens[k]?.lower === "the" ? k + 1 : k;
  const first = tokens[c];
  if (!first || c >= to || !isCapitalised(first) || !first.word || CALENDAR.has(first.lower)) return -1;
  let end = -1;
  for (; c < to && c - k < MAX_TITLE_TOKENS; c++) {
    const t = tokens[c] as Token;
    // ("Council Rejects Draft Resolution on Gaza Crisis Owing to Negative Vote": a headline's reason is no part of the title.)
    if (HEADLINE_BREAKS.has(t.lower) && c > k) break;
    if (t.word && isCapitalised(t) && !CALENDAR.has(t.lower) && !DIGIT_FIRST.test(t.text)) end = c + 1;
    else if (t.text === "'s" && end === c) end = c + 1;
    else if (t.word && NAME_CONNECTORS.has(t.lower)) continue;
    else if (t.text === "," && end === c && continuesTitle(tokens, c + 1, to)) continue;
    else break;
  }
  return end;
}

function continuesTitle(tokens: readonly Token[], k: number, to: number): boolean {
  const w = tokens[k]?.lower === "and" ? k + 1 : k;
  const t = tokens[w];
  if (!t || w >= to || !t.word || !isCapitalised(t)) return false;
  const pair = tokens[w + 1]?.word ? `${t.text} ${(tokens[w + 1] as Token).text}` : t.text;
  return lookupActor(t.text) === null && lookupActor(pair) === null;
}

/** A lower-case tail ("condemning Russia's invasion of Ukraine"): the end after its last content word. */
/** A lower-case word at `k` that is no determiner or number: a bare noun ("disabilities", "albinism"). */
function bareNounAt(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k];
  return k < to && !!t && t.word && !isCapitalised(t) && !DETERMINER.has(t.lower) && !DIGIT_FIRST.test(t.text) && !TAIL_STOP.has(t.lower);
}

/** ", healthy and sustainable" at the comma `c`: one lower-case word, then "and"/"or" and another (an inner series, not a new clause). */
function seriesAfterComma(tokens: readonly Token[], c: number, to: number): boolean {
  const [a, conj, b] = [tokens[c + 1], tokens[c + 2], tokens[c + 3]];
  return c + 3 < to && !!a && !!b && a.word && b.word && !isCapitalised(a) && !isCapitalised(b) && (conj?.lower === "and" || conj?.lower === "or");
}

function tailEnd(tokens: readonly Token[], k: number, to: number, maxWords: number): number {
  let end = k;
  let words = 0;
  for (let c = k; c < to && words < maxWords; c++) {
    const t = tokens[c] as Token;
    // "Rwanda's", and the plural's "Peoples' Caucus".
    if (
      (t.text === "'s" || ((t.text === "'" || t.text === "’") && /s$/u.test(tokens[c - 1]?.text ?? "") && tokens[c - 1]?.end === t.start)) &&
      end === c &&
      c > k
    ) {
      end = c + 1;
      continue;
    }
    // "a clean, healthy and sustainable environment": a comma inside a series of words joined by "and" or "or" goes on.
    // (The series counts as the one word it qualifies with.)
    if (t.text === "," && c > k && seriesAfterComma(tokens, c, to)) {
      end = c + 4;
      c += 3;
      continue;
    }
    // "restraint by the parties", "attacks against the staff": a preposition before a determiner goes on.
    // "persons with disabilities", "people with albinism": "with" before a bare lower-case noun goes on too.
    const prepositional =
      ((t.lower === "by" || t.lower === "to") && DETERMINER.has(tokens[c + 1]?.lower ?? "") && c + 1 < to) ||
      (t.lower === "with" && c > k && bareNounAt(tokens, c + 1, to));
    if (
      !t.word ||
      (TAIL_STOP.has(t.lower) && !prepositional) ||
      TIME_WORDS.has(t.lower) ||
      CALENDAR.has(t.lower) ||
      DESCRIPTION_STOP.has(t.lower) ||
      DIGIT_FIRST.test(t.text)
    )
      break;
    words++;
    // (A possessive determiner ends the description only if nothing of it follows: "on land tenure on its last day".)
    if (!NAME_CONNECTORS.has(t.lower) && t.lower !== "its" && t.lower !== "their") end = c + 1;
  }
  return end;
}
