import { sha256Hex, stableIdFromParts, stableIdSeed, stableIdSeedFrom, type StableIdSeed } from "./hash";
import type { Commitment, DocumentMeta } from "./model";
import { DocumentContext } from "./refine/references";
import { OrganisationHints } from "./refine/organisationHints";
import { RECORD_REFINERS, resolutionKey } from "./refine/records";
import { findActors, meetingPeople, REPORTING_VERBS, type Actor, type ActorMention } from "./stages/actors";
import { findCues, type CueMention } from "./stages/cues";
import { DOCUMENT_NOUNS } from "./stages/nominal";
import { ACRONYM_DEFINITION_HINT, withDefinedBodies } from "./stages/definedBodies";
import { approvalBinds, noTreatyActOn } from "./stages/draftFilters";
import { anaphoricDates, attachDate, sentenceDates, statedDates } from "./stages/attachDates";
import type { DateMention } from "./stages/dates";
import { groupActors, type ActorGroup } from "./stages/groups";
import { findDates } from "./stages/dates";
import { reportedBy } from "./stages/polarity";
import { groupStartingAt, listAfter } from "./stages/groupQueries";
import { childMentions, describedMention, findInstruments, type InstrumentMention } from "./stages/instruments";
import { AMENDMENT_ACRONYM, AMENDMENT_NOUNS, HEADS, instrumentMention, joinText, KIND_HEADS, typeOfHead, YEAR } from "./stages/instrumentWords";
import { catalogIndex } from "./lexicon/catalogIndex";
import { linkSentence, type Draft, type Sentence } from "./stages/link";
import { resolutionBody } from "./stages/adoption";
import { BULLETS as LIST_BULLETS } from "./stages/dashEntries";
import { operativeParagraphs, operativeSubject, preambleSubject } from "./stages/operative";
import { capitalise, shortNameMentions } from "./stages/shortNames";
import { sectionLines, type SectionLine } from "./stages/sections";
import { withCallerBodies } from "./stages/callerBodies";
import { describedBody, withDescribedBodies, type DescribedBody } from "./stages/selfDescribed";
import { speakersOf, withSpeakers } from "./stages/speakers";
import { isClauseEnd, pronounObjectAt } from "./stages/linkParts";
import { COUNT_WORD } from "./stages/memberLists";
import { cueIndex, isBareDeposit, withBareDeposits, RECOMMENDING, type CueDef } from "./lexicon/cues";
import { resolveInstrument } from "./lexicon/resolve";
import type { PhraseMatch } from "./lexicon/phraseIndex";
import { Caseless } from "./text/caseless";
import { htmlDocument, looksLikeHtml, type HtmlText } from "./text/html";
import { checkLanguage, type LanguageCheck } from "./text/language";
import { readMetadata } from "./text/metadata";
import { normalizeView, withoutBreaks } from "./text/normalize";
import { outsideRanges, splitSentences, withoutEnclosingBrackets, type Segment } from "./text/sentences";
import { DASHES, isCapitalised, tokenize, type Token } from "./text/tokens";
import type { DocumentExtraction, ExtractOptions, RawDocument } from "./types";

/**
 * The extraction pipeline, in order (each stage is one file under stages/ or refine/):
 *  1. text:        HTML → text; an offset-keeping normalised view; metadata (title, date, URL)
 *  2. sentences:   sentence and list units of the body, metadata lines left out
 *  3. per sentence: instruments first (they claim their tokens, so "UN" inside "UN Convention
 *                  on ..." is not an actor), then actors, actor groups and action cues
 *  4. references:  anaphoric instruments and "its two Protocols" resolved against what came before
 *  5. link:        each cue → actor group + instruments + polarity (stages/link.ts)
 *  6. records:     actor references resolved (speaker, "the country"), dates attached, ids
 *  7. refiners:    signed declarations are endorsements; hedged claims win; one record per act
 */
/** Sentences between two progress reports (ExtractOptions.onProgress). */
const PROGRESS_EVERY = 500;

const RULE_CONFIDENCE: Record<string, number> = {
  verb: 0.9,
  participle: 0.85,
  introducer: 0.8,
  excepted: 0.8,
  "relative-party": 0.9,
  "vote-list": 0.9,
  "heading-list": 0.85,
  "vote-verb": 0.9,
  "vote-coordinated": 0.85,
  ellipsis: 0.8,
  "companion-opening": 0.8,
  "copula-list": 0.85,
  "agent-list": 0.85,
  "agent-became": 0.85,
  "nominal-by": 0.85,
  possessive: 0.85,
  "deposit-subject": 0.85,
  "signed-instrument": 0.75,
  "weighed-act": 0.75,
  call: 0.85,
  "verb-chain": 0.85,
  "passive-by": 0.85,
  "member-list": 0.85,
  "characterised-list": 0.85,
  welcome: 0.8,
  pending: 0.8,
  "modal-call": 0.75,
  "gerund-subject": 0.75,
};

/**
 * "Thailand was reviewed by the Working Group … on 10 November 2021", "The review of Paraguay was held at the 9th meeting, on 26
 * January 2024", "the recommendations it received in the Working Group on the Universal Periodic Review on 8 May 2024".
 */
const REVIEWED =
  /\b(?:was|were|been|being)\s+reviewed\b|\breview\s+of\s+(?:\S+\s+){1,6}?(?:was\s+held|took\s+place|was\s+conducted)\b|\brecommendations\s+(?:\S+\s+){0,2}?received\s+(?:\S+\s+){0,12}?Review\b/u;

/** "… and adopted the present concluding observations at its 2342nd meeting, held on 5 October 2018": the day a treaty body made its calls. */
const OBSERVATIONS_ADOPTED = /\badopted\s+the(?:se|\s+present)\s+concluding\s+observations\b/u;

/** The first full day at or after what `pattern` matches in the first sentence it matches, or null. */
function dayAfter(pattern: RegExp, view: string, segments: readonly Segment[], documentDate: string | null): string | null {
  for (const seg of segments) {
    const found = pattern.exec(view.slice(seg.start, seg.end));
    if (!found) continue;
    const day = findDates(view, seg.start + found.index, documentDate, seg.end).find((m) => !m.relative && m.value.length === 10);
    if (day) return day.value;
  }
  return null;
}

/** Nouns for the making of a text: "the negotiation of X", "the drafting of", "negotiations on". */
const MAKING = new Set(["negotiation", "negotiations", "negotiating", "drafting", "elaboration", "conclusion"]);

/** Whether an instrument is named as the object of its own making ("supports the negotiation of a convention on X"). */
function inMaking(s: Sentence, inst: InstrumentMention): boolean {
  let k = inst.from - 1;
  if (/^(?:a|an|the)$/u.test(s.tokens[k]?.lower ?? "")) k--;
  const prep = s.tokens[k]?.lower ?? "";
  return (prep === "of" || prep === "on" || prep === "for") && MAKING.has(s.tokens[k - 1]?.lower ?? "");
}

/** A heading line that names a domestic text by its kind: "DECREE OF THE PRESIDENT OF THE REPUBLIC OF UZBEKISTAN", "Federal Law No. 12-FZ". */
const DOMESTIC_TEXT_HEADING = /\b(?:DECREE|Decree|LAW|Law|ORDINANCE|Ordinance|ORDER|Order)\b/u;

/**
 * "DECREE OF THE PRESIDENT … ¶ On the accession of the Republic of Uzbekistan to X": a domestic text's title, on the line after the
 * heading that names the text's kind, names the act the text enacts, still to be done (a news item's own title, "On the accession
 * of Mongolia to the Espoo Convention" under "Press release No. 14", reports it).
 */
function titledByLineBefore(view: string, s: Sentence, index: number, d: Draft, ctx: DocumentContext): boolean {
  if (index === 0 || d.polarity !== "affirmed" || d.cue.def.form !== "noun") return false;
  if (s.tokens[s.from]?.text !== "On" || s.tokens[s.from + 1]?.lower !== "the" || d.cue.from !== s.from + 2) return false;
  const before = ctx.sentenceAt(index - 1);
  return DOMESTIC_TEXT_HEADING.test(view.slice(before.start, before.end)) && before.end - before.start < HEADING_LINE;
}
/** How long a heading line may be. */
const HEADING_LINE = 120;

/** A parliament's committee on treaties or foreign relations: "Joint Standing Committee on Treaties", "Senate Committee on Foreign Relations". */
const PARLIAMENTARY_COMMITTEE =
  /^(?:Joint Standing Committee|Senate |House |(?:Senate |House )?Committee on (?:Foreign (?:Relations|Affairs)|Treaties|International Relations)\b|(?:Foreign Affairs|Foreign Relations|Treaties) Committee\b)/u;

/** A committee of a State's parliament or government, by the words its name opens with. */
const DOMESTIC_ORGAN =
  /^(?:Departmental|Parliamentary|Select|Portfolio|Tripartite|Inter-?ministerial|Permanent Inter-?ministerial|Interdepartmental|Cabinet)\b/u;

/** What an act the text reports without vouching for it ("reportedly ratified") loses of its rule's confidence: below 0.8, for review. */
const REPORTED_DOUBT = 0.25;

/** Acts that bind a state to a treaty (or sign it): they take no resolution as their instrument. */
const BINDING_ACTIONS = new Set(["signed", "ratified", "acceded", "party"]);
const REJECTION = /^reject/u;
/** What a state may opt out of by rejecting it: amendments adopted by a body, regulations. */
const OPTED_OUT_OF = /(?<!\w)amendments?(?!\w)|(?<!\w)regulations(?!\w)/iu;
/** What a State may sign, ratify, accede to or be party to: not a resolution, nor a Recommendation (adopted, adhered to, never ratified). */
const bindable = (m: InstrumentMention) => m.type !== "resolution" && !(m.type === "other" && RECOMMENDATION_NAME.test(m.text));
const RECOMMENDATION_NAME = /\bRecommendation\b/u;
/** The rules that read a list of States named by what they are ("The following States Parties …: A, B", "Parties include A, B"). */
const LIST_RULES = new Set(["agent-list", "member-list"]);
/** What no state ratifies, accedes to or is party to: a text of political commitments. */
const POLITICAL_TYPES = new Set<InstrumentMention["type"]>(["resolution", "declaration", "principles", "strategy", "plan"]);
const BOUND_ACTIONS = new Set(["ratified", "acceded", "party"]);
const anyInstrument = () => true;
const isResolution = (m: InstrumentMention) => m.type === "resolution";
const IDENTIFIED = /\d|"/u;
const PLURAL_RESOLUTIONS = /(?<!\w)resolutions(?!\w)/iu;
/** A resolution known by more than its description: catalogued, numbered, with a symbol or a quoted title; one text, not several. */
const identifiedResolution = (m: InstrumentMention) =>
  m.type === "resolution" && (m.entry !== null || IDENTIFIED.test(m.text)) && !PLURAL_RESOLUTIONS.test(m.text);

/** "resolution 68/262 of March 27, 2014", "resolution 2623 (2022), adopted on 27 February": a resolution dated where it is named. */
const DATED_AFTER = /^(?:\sof|,?\sadopted\s(?:on|in))\s/u;

/** Notes resolution `m` as adopted on another day than the document's when the text dates it so right after its name. */
function noteAdoptedOtherDay(st: DocState, view: string, s: Sentence, m: InstrumentMention): void {
  const end = (s.tokens[m.to - 1] as Token).end;
  const lead = DATED_AFTER.exec(view.slice(end, end + 16));
  if (!lead) return;
  const at = end + lead[0].length;
  const date = findDates(view, at, st.date, Math.min(s.end, at + 24))[0];
  if (date && date.start === at && !(st.date as string).startsWith(date.value)) {
    st.adoptedOtherDay.add(m.text.toLowerCase());
    const key = resolutionKey(m.text);
    if (!st.resolutionDays.has(key)) st.resolutionDays.set(key, date.value);
  }
}

/** A resolution of the document's year or later, that the document does not say was adopted or voted on another day. */
function isCurrentText(st: DocState, m: InstrumentMention): boolean {
  return (
    m.type === "resolution" &&
    !adoptedBefore(m, st.date ? Number(st.date.slice(0, 4)) : null) &&
    !st.adoptedOtherDay.has(m.text.toLowerCase()) &&
    !ofEarlierSession(st, m)
  );
}

/** A General Assembly symbol's session: "A/C.2/80/L.19", "A/RES/79/235", "A/80/L.4". */
const GA_SYMBOL_SESSION = /\bA\/(?:C\.\d\/|RES\/)?(\d{2,3})\//u;
/** A resolution by the Assembly's numbering: "resolution 79/235". */
const SESSION_NUMBERED = /^resolutions?\s(\d{2,3})\/\d+$/u;

/**
 * "recalled that the Assembly had endorsed the terms of reference in resolution 79/235 last December", in the report of a
 * meeting on "draft resolution A/C.2/80/L.19": a resolution of an earlier session than the text the meeting takes up.
 */
function ofEarlierSession(st: DocState, m: InstrumentMention): boolean {
  if (st.gaSession === undefined) return false;
  const session = SESSION_NUMBERED.exec(m.text)?.[1];
  return session !== undefined && Number(session) < st.gaSession;
}

/** Notes the General Assembly session a resolution mention's symbol gives, keeping the latest. */
function noteSession(st: DocState, m: InstrumentMention): void {
  const session = GA_SYMBOL_SESSION.exec(m.text)?.[1];
  if (session !== undefined && (st.gaSession === undefined || Number(session) > st.gaSession)) st.gaSession = Number(session);
}

/** "resolution 2719 (2023)": the year a resolution's symbol gives it. */
const SYMBOL_YEAR = /\((\d{4})\)/u;

/** Whether resolution `m`'s symbol dates it before `year` (false when it carries no year, or no year is known). */
function adoptedBefore(m: InstrumentMention, year: number | null): boolean {
  const y = year !== null && m.text ? SYMBOL_YEAR.exec(m.text)?.[1] : undefined;
  return y !== undefined && Number(y) < (year as number);
}

/** The cue forms of a vote and of a voting sheet's result. */
const VOTE_FORMS: ReadonlySet<string> = new Set(["vote", "result"]);

/** The words a vote's object starts with: "in favour of the draft", "against the text", "on the draft resolution". */
const VOTE_OBJECT_LEADS = new Set(["of", "on", "for", "against"]);
/** Nouns for the text a meeting votes on as a whole (never an amendment to it). */
const WHOLE_TEXT_NOUNS = new Set(["draft", "text", "resolution"]);

/** The vote at `at` (right after its cue) is on "the draft", "the text" or "the draft resolution". */
function votedOnTheText(s: Sentence, at: number): boolean {
  const k = VOTE_OBJECT_LEADS.has(s.tokens[at]?.lower ?? "") ? at + 1 : at;
  return s.tokens[k]?.lower === "the" && WHOLE_TEXT_NOUNS.has(s.tokens[k + 1]?.lower ?? "");
}

/** The vote at `at` states an object of its own ("against the amendment", "in favour of it"), whatever it names. */
function voteObjectStated(s: Sentence, at: number): boolean {
  const k = VOTE_OBJECT_LEADS.has(s.tokens[at]?.lower ?? "") ? at + 1 : at;
  return STATED_OBJECTS.has(s.tokens[k]?.lower ?? "");
}
const STATED_OBJECTS = new Set(["the", "it", "this", "that", "a", "an", "both", "them"]);

/** An amendment to a draft, known by its head or its name ("an amendment tabled by Singapore (document A/C.3/81/L.61)"). */
function isAmendment(m: InstrumentMention): boolean {
  return AMENDMENT_NOUNS.has(m.head ?? "") || AMENDMENT_WORD.test(m.text);
}
const AMENDMENT_WORD = /(?<!\w)amendments?(?!\w)/iu;

/** How far before a symbol's "document" the noun it belongs to may stand. */
const DOCUMENT_REACH = 12;

/**
 * "Russia and China vetoed the draft resolution put forward by the United States in document S/2024/239", "the Committee adopted
 * the amendment contained in document A/C.3/77/L.65": a text whose own phrase gives its document's symbol is that document, not a
 * reference to the text named before; an amendment's document is an amendment.
 */
function withDocumentSymbols(s: Sentence): InstrumentMention[] {
  let out = s.instruments;
  for (const x of s.instruments) {
    if (x.kind === "anaphor" || x.type !== "resolution") continue;
    // "five amendments tabled by the Russian Federation (L.41 to L.45)": symbols in brackets after an amendment's noun are amendments'.
    const open = s.tokens[x.from - 1]?.lower !== "document" && BARE_SYMBOL.test(x.text) ? bracketOpening(s, x.from) : -1;
    if (open > 0) {
      const noun = amendmentNounBefore(s, open);
      if (noun) out = out.map((m) => (m === x ? { ...x, head: noun } : m));
      continue;
    }
    if (s.tokens[x.from - 1]?.lower !== "document") continue;
    let head = -1;
    for (let k = x.from - 2; k >= s.from && x.from - k <= DOCUMENT_REACH && head < 0; k--) {
      const t = s.tokens[k] as Token;
      if (t.text === "," || t.text === ";" || t.text === ":" || t.text === ".") break;
      // (Nouns of a text that its document symbol may follow in the same phrase: "the draft resolution … in document S/2024/239".)
      if (DOCUMENT_NOUNS.has(t.lower)) head = k;
    }
    if (head < 0) continue;
    const word = (s.tokens[head] as Token).lower;
    if (AMENDMENT_NOUNS.has(word)) {
      out = out.map((m) => (m === x ? { ...x, head: word } : m));
      continue;
    }
    const ref = out.find((m) => m.kind === "anaphor" && m.from <= head && head < m.to);
    if (ref) out = out.filter((m) => m !== ref).map((m) => (m === x ? { ...x, from: ref.from } : m));
  }
  return out;
}

/** Words between a bracket and a symbol in it that list symbols ("(L.41 to L.45)", "(L.41, L.42 and L.43)"). */
const SYMBOL_LIST_WORDS = new Set(["to", "and", ",", "-", "–", "L", "."]);
/** A document symbol as written, with no noun before it ("L.41", "A/HRC/56/L.43"; not "decision BC-15/18"). */
const BARE_SYMBOL = /^(?:L\.\d|[A-Z]{1,6}\/)/u;
/** How many tokens back from a symbol its bracket may open. */
const SYMBOL_LIST_REACH = 10;

/** The index of the "(" that opens a list of symbols holding the one at `at`, or -1. */
function bracketOpening(s: Sentence, at: number): number {
  for (let k = at - 1; k >= s.from && at - k <= SYMBOL_LIST_REACH; k--) {
    const t = s.tokens[k] as Token;
    if (t.text === "(") return k;
    if (!SYMBOL_LIST_WORDS.has(t.text) && !/^\d+$/u.test(t.text)) return -1;
  }
  return -1;
}

/** An amendment's noun in the phrase before a bracket at `open` ("amendments tabled by the Russian Federation ("), or null. */
function amendmentNounBefore(s: Sentence, open: number): string | null {
  for (let k = open - 1; k >= s.from && open - k <= DOCUMENT_REACH; k--) {
    const t = s.tokens[k] as Token;
    if (t.text === "," || t.text === ";" || t.text === ":" || t.text === ".") return null;
    if (AMENDMENT_NOUNS.has(t.lower)) return t.lower;
  }
  return null;
}

/** A child instrument named by a bare reference to its parent: "Optional Protocol to the Convention", "Protocols to the Treaty". */
const CHILD_OF_REFERENCE =
  /^(.*\b(?:Protocols?|Amendments?|Annex(?:es)?))\sto\s(?:the\s(Convention|Treaty|Agreement|Covenant|Charter|Statute)|th(?:at|is)\s(Convention|Treaty|Agreement|Covenant|Charter|Statute)(\s(?:on|concerning|relating)\s.+)?)$/u;

/** A summary of a draft's content: "By its terms, the Assembly would …", "By the terms of the draft on X, …, the Assembly would …". */
const BY_ITS_TERMS = /^(?:By\s(?:its|their)\sterms|By\sthe\sterms\sof|Under\s(?:its|the)\sterms)\b/u;

/** Openings that set a sentence's topic: "On X,", "As regards X,", "Regarding X,", "With regard to X,", "As for X,". */
const TOPIC_OPENERS: ReadonlyArray<readonly string[]> = [
  ["on"],
  ["regarding"],
  ["concerning"],
  ["as", "regards"],
  ["as", "for"],
  ["as", "to"],
  ["with", "regard", "to"],
  ["with", "respect", "to"],
  ["in", "respect", "of"],
  ["turning", "to"],
];

/** The instrument a sentence opens with as its topic ("As regards X, A and B are parties"), before the act; else null. */
function framingTopic(s: Sentence, d: Draft, fits: (m: InstrumentMention) => boolean): InstrumentMention | null {
  const words = s.tokens.slice(s.from, s.from + 3).map((t) => t.lower);
  const opener = TOPIC_OPENERS.find((o) => o.every((w, k) => words[k] === w));
  if (!opener) return null;
  let at = s.from + opener.length;
  if (s.tokens[at]?.lower === "the") at++;
  const m = s.instruments.find((x) => (x.from === at || x.from === at - 1) && x.text && fits(x));
  return m && s.tokens[m.to]?.text === "," && m.to <= d.cue.from ? m : null;
}

/** Relative words that leave an act's object before its subject: "which we support", "whose mandate we continue to support". */
const OBJECT_RELATIVES = new Set(["which", "whom"]);

/** Words before a relative that make it no object gap: "the year in which Argentina ratified it". */
const RELATIVE_PREPOSITIONS = new Set(["in", "by", "under", "with", "to", "for", "of", "on", "at", "through", "during"]);

/**
 * The draft's subject opens a relative clause whose antecedent is its object ("whose mandate we continue to support", "which we
 * endorse"): the antecedent when it is an instrument named right before the relative; null when it is something else; false when
 * the subject opens no such clause.
 */
const BOTH_WORDS = new Set(["both", "all", "each", "either", "neither"]);

function relativeObjectGap(s: Sentence, d: Draft): InstrumentMention | null | false {
  const subject = d.agents[0];
  if (!subject || subject.to > d.cue.from) return false;
  // (The act is the relative clause's own: no clause boundary between its subject and the act.)
  for (let k = subject.to; k < d.cue.from; k++) if (s.tokens[k]?.text === "," || s.tokens[k]?.text === ";") return false;
  if (s.tokens[subject.from - 2]?.lower === "whose") return null;
  // ("the Bletchley Declaration, which both the United States and China endorsed": a quantifier before a coordinated subject.)
  let rel = subject.from - 1;
  if (s.tokens[rel]?.lower === "the" && BOTH_WORDS.has(s.tokens[rel - 1]?.lower ?? "")) rel--;
  if (BOTH_WORDS.has(s.tokens[rel]?.lower ?? "")) rel--;
  if (!OBJECT_RELATIVES.has(s.tokens[rel]?.lower ?? "") || RELATIVE_PREPOSITIONS.has(s.tokens[rel - 1]?.lower ?? "")) return false;
  const end = s.tokens[rel - 1]?.text === "," ? rel - 1 : rel;
  const named = s.instruments.find((m) => m.to === end && m.text);
  if (named) return named;
  // ("the mandate, which we support": a common noun is the antecedent; a name may end an instrument's longer title, and is left to
  // the topic.)
  const last = s.tokens[end - 1];
  return last && last.word && !isCapitalised(last) ? null : false;
}

/** Markdown's other emphasis mark, beside the bullets' "*". */
const UNDERSCORE = "_";

/**
 * "- **Optional Protocol to the Convention against Torture (OPCAT)** — *Bangladesh* acceded on 4 February": a line's label, an
 * instrument set off by a dash or a colon, is the topic of an act after it that names none.
 */
function labelTopic(s: Sentence, d: Draft, fits: (m: InstrumentMention) => boolean): InstrumentMention | null {
  let at = s.from;
  while (at < d.cue.from && (LIST_BULLETS.has((s.tokens[at] as Token).text) || s.tokens[at]?.text === UNDERSCORE)) at++;
  if (s.tokens[at]?.lower === "the") at++;
  const m = s.instruments.find((x) => (x.from === at || x.from === at - 1) && x.text && x.kind !== "anaphor" && fits(x));
  if (!m || m.to > d.cue.from) return null;
  let k = m.to;
  while (k < d.cue.from && (s.tokens[k]?.text === "*" || s.tokens[k]?.text === UNDERSCORE)) k++;
  return (DASHES.has(s.tokens[k]?.text ?? "") || s.tokens[k]?.text === ":") && k < d.cue.from ? m : null;
}

/** A sentence's dates with its date anaphors ("that same year") among them, in order. */
function withDateAnaphors(dates: DateMention[], anaphors: DateMention[]): DateMention[] {
  if (anaphors.length === 0) return dates;
  // ("in December of that year": the month alone is no date of its own.)
  const kept = dates.filter((x) => !anaphors.some((a) => x.start < a.end && x.end > a.start));
  return [...kept, ...anaphors].sort((a, b) => a.start - b.start);
}

/** Participles that open a clause on what was just named: "…, noting that A and B are already parties". */
const SPEECH_PARTICIPLES = new Set(["noting", "adding", "recalling", "observing", "stressing", "recognizing", "recognising"]);

/** A blank line: the end of a paragraph. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/u;

/** Hoisted: tested once per sentence with records (a regex literal is a new object each time). */
const RESPECTIVELY = /\brespectively\b/u;

/** Longest title kept (metadata.ts cuts a title line at the same length). */
const MAX_TITLE = 300;

/** The text extraction reads (an HTML page's visible text) and the page's `<title>` (null for text, or a page without one). */
export function prepareDocument(doc: RawDocument): HtmlText {
  const html = doc.format === "html" || (doc.format === undefined && looksLikeHtml(doc.text));
  if (!html) return { text: doc.text, title: null };
  const page = htmlDocument(doc.text);
  return { text: page.text, title: page.title?.slice(0, MAX_TITLE) ?? null };
}

export function prepareText(doc: RawDocument): string {
  return prepareDocument(doc).text;
}

/** A document's title, date and URL as extraction will read them, without extracting (for listing sources). */
export function describeDocument(doc: RawDocument): { title: string; date: string | null; url: string | null } {
  const { text, title } = prepareDocument(doc);
  const meta = readMetadata(normalizeView(text));
  return { title: title ?? meta.title, date: meta.date, url: meta.url };
}

/** How much of a page is converted to check its language: enough to get past a head full of scripts and menus. */
const LANGUAGE_HTML_SAMPLE = 1_000_000;

/** Is the document in English (text/language.ts), read from the start of its text: a large web page is not converted whole. */
export function documentLanguage(doc: RawDocument): LanguageCheck {
  const sample = doc.text.length > LANGUAGE_HTML_SAMPLE ? { ...doc, text: doc.text.slice(0, LANGUAGE_HTML_SAMPLE) } : doc;
  return checkLanguage(prepareText(sample));
}

/** The organisations the text's sentences describe, first described first, each once. */
function describedBodies(view: string, segments: readonly Segment[]): DescribedBody[] {
  const out: DescribedBody[] = [];
  for (const seg of segments) {
    const body = describedBody(view.slice(seg.start, seg.end));
    if (body && !out.some((b) => b.actor.name === body.actor.name)) out.push(body);
  }
  return out;
}

/** A segment's text in lower case, for cheap word tests before a sentence is analysed. */
function foldedText(view: string, seg: Segment): string {
  return view.slice(seg.start, seg.end).toLowerCase();
}

/** The state a `Title:` header opens with (past "The"), as the one actor; none otherwise (a title is read here on its own). */
function openingState(title: string): Actor[] {
  const tokens = tokenize(title, 0, title.length);
  const first = findActors(tokens, 0, tokens.length, () => false)[0];
  const start = tokens[0]?.lower === "the" ? 1 : 0;
  return first && first.kind === "named" && first.actor?.kind === "state" && first.from <= start ? [first.actor] : [];
}

/** A sentence's tokens and the cue phrases among them (before instruments claim any). */
interface Tokenized {
  tokens: Token[];
  cueMatches: Array<PhraseMatch<CueDef>>;
}

function tokenizeSentence(view: string, seg: Segment): Tokenized {
  const tokens = tokenize(view, seg.start, seg.end);
  return { tokens, cueMatches: withBareDeposits(tokens, cueIndex().findAll(tokens)) };
}

/**
 * A declaration a State makes under a treaty (territorial, interpretative), or the memorandum a government lays before its
 * parliament with a treaty: no instrument to be party to.
 */
const STATE_DECLARATION = /^(?:(?:a|the|an)\s+)?(?:(?:territorial|interpretative|interpretive)\s+declarations?|explanatory\s+memorand(?:um|a))$/iu;

/** "(TAC)" at the end of an instrument's name: the acronym the text goes on to use for it. */
const DEFINED_ACRONYM = /\(([A-Z][A-Za-z]{1,9})\)$/u;

/**
 * Acronyms the document defines for instruments ("the Treaty of Amity and Cooperation in Southeast
 * Asia (TAC)"): a later bare "TAC" names the same instrument (the catalog knows only the common ones).
 */
function withDefinedAcronyms(
  tokens: readonly Token[],
  instruments: InstrumentMention[],
  acronyms: ReadonlyMap<string, InstrumentMention>,
): InstrumentMention[] {
  if (acronyms.size === 0) return instruments;
  let out: InstrumentMention[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const defined = acronyms.get((tokens[i] as Token).text);
    if (!defined || instruments.some((m) => m.from <= i && i < m.to)) continue;
    (out ??= [...instruments]).push({ ...defined, from: i, to: i + 1, about: undefined });
  }
  return out ? out.sort((a, b) => a.from - b.from) : instruments;
}

/** An acronym in capitals, of three to ten letters ("CIADDIS", "BBNJ"). */
const ACRONYM_WORD = /^\p{Lu}{3,10}$/u;
/** Words between "known by its" and "acronym" ("its Spanish acronym", "its French acronym"). */
const ACRONYM_LANGUAGE = /^\p{Lu}\p{Ll}+$/u;

/** ", known as CIADDIS", ", known by its (Spanish) acronym CIADDIS" right after an instrument's mention: the acronym, or null. */
function acronymKnownAfter(tokens: readonly Token[], at: number): string | null {
  if (tokens[at]?.text === "(") return acronymInBrackets(tokens, at);
  if (tokens[at]?.text !== "," || tokens[at + 1]?.lower !== "known") return null;
  let k = at + 2;
  if (tokens[k]?.lower === "as") k++;
  else if (tokens[k]?.lower === "by" && tokens[k + 1]?.lower === "its") {
    k += 2;
    if (ACRONYM_LANGUAGE.test(tokens[k]?.text ?? "")) k++;
    if (tokens[k]?.lower !== "acronym") return null;
    k++;
  } else return null;
  const word = tokens[k]?.text ?? "";
  return ACRONYM_WORD.test(word) ? word : null;
}

/** Words a definition in brackets puts right before the acronym: "(the Montreal Protocol 2014, or MP14)", "(hereinafter MP14)". */
const DEFINING = new Set(["or", "hereinafter", "as", "thereafter"]);
/**
 * A sentence that may define an acronym, a short name or a term: "(CSF)", '(the "RTC")', '(hereinafter “CPC”)', '(the "Abidjan
 * Convention")', '(hereinafter "the Respondent")'.
 */
const QUOTED_ACRONYM_HINT = /\([^()]{0,40}["“'][\p{Lu}\d][^"”'()]{0,60}["”']\)|\([^()]{0,60}["“]the\s\p{Lu}/u;
/** "(CSC, INFCIRC/567)": an acronym that opens a bracket before a comma. */
const LISTED_ACRONYM_HINT = /\(\p{Lu}{2,9},\s/u;
function definesAcronym(text: string): boolean {
  return ACRONYM_DEFINITION_HINT.test(text) || QUOTED_ACRONYM_HINT.test(text) || LISTED_ACRONYM_HINT.test(text);
}
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', "“", "'", "‘"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', "”", "'", "’"]);
/** How many words a definition in brackets may hold. */
const DEFINITION_WORDS = 12;
/** An acronym that may end in figures ("MP14", "BBNJ"). */
const ACRONYM_WITH_FIGURES = /^\p{Lu}(?=[\p{Lu}\d-]*\p{Lu})[\p{Lu}\d-]{1,9}$/u;

/** A short name's key: lower case, without its article ("the Abidjan Convention" → "abidjan convention"). */
function shortNameKey(text: string): string {
  return text.toLowerCase().replace(/^the\s+/u, "");
}

/**
 * The closing bracket of a definition in quotes at `open`: '(the "Abidjan Convention")', '(hereinafter referred to as "the
 * Charter")', '("the 1998 Agreement")'; else -1.
 */
function quotedDefinitionEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== "(") return -1;
  let k = open + 1;
  while (k < tokens.length && k - open <= DEFINITION_WORDS && DEFINITION_LEADS.has(tokens[k]?.lower ?? "")) k++;
  if (!OPENING_QUOTES.has(tokens[k]?.text ?? "")) return -1;
  for (let j = k + 1; j < tokens.length && j - k <= QUOTED_NAME_TOKENS; j++) {
    if (!CLOSING_QUOTES.has((tokens[j] as Token).text)) continue;
    return j > k + 1 && tokens[j + 1]?.text === ")" ? j + 1 : -1;
  }
  return -1;
}
const DEFINITION_LEADS: ReadonlySet<string> = new Set(["the", "hereinafter", "referred", "to", "as", "or", "thereafter"]);
const QUOTED_NAME_TOKENS = 10;

/** "(the Montreal Protocol 2014, or MP14)", "(hereinafter referred to as MP14)", "(MP14)" after a name: its acronym, or null. */
function acronymInBrackets(tokens: readonly Token[], open: number): string | null {
  // "(CSC, INFCIRC/567)", "(ICSANT, 2005)": an acronym first, then what else the bracket gives.
  if (tokens[open + 2]?.text === "," && ACRONYM_WORD.test(tokens[open + 1]?.text ?? "")) return (tokens[open + 1] as Token).text;
  for (let k = open + 1; k < tokens.length && k - open <= DEFINITION_WORDS; k++) {
    if (tokens[k]?.text !== ")") continue;
    // '(the "RTC")', '(hereinafter the “CPC”)', '("BIT")': an acronym in quotes, as legal writing defines its terms.
    if (CLOSING_QUOTES.has(tokens[k - 1]?.text ?? "") && OPENING_QUOTES.has(tokens[k - 3]?.text ?? "")) {
      const quoted = tokens[k - 2]?.text ?? "";
      const lead = tokens.slice(open + 1, k - 3).map((t) => t.lower);
      const defining = lead.every((w, j) => (w === "the" && j === lead.length - 1) || DEFINING.has(w) || w === "referred" || w === "to");
      return ACRONYM_WITH_FIGURES.test(quoted) && defining ? quoted : null;
    }
    const word = tokens[k - 1]?.text ?? "";
    const before = tokens[k - 2];
    if (!ACRONYM_WITH_FIGURES.test(word) || !/\d/u.test(word)) return null;
    return k - 1 === open + 1 || (before && (DEFINING.has(before.lower) || before.text === ",")) ? word : null;
  }
  return null;
}

/** The last part of a UN document symbol ("A/C.1/80/L.41" → "L.41"), as a text goes on to call the draft. */
const FULL_SYMBOL_END = /\/(L\.\d+)(?:\/Rev\.\d+)?(?:\)|$)/u;
const SHORT_SYMBOL_END = /(?:^|\s)(L\.\d+)$/u;
const DIGITS = /^\d+$/u;
/** A sentence that may hold a short symbol; and how many sentences back its full form may be named. */
const SHORT_SYMBOL_HINT = /\bL\.\d/u;
const SYMBOL_HISTORY = 40;

/** The short form a resolution mention's full symbol gives ("L.41"), or null. */
function shortSymbolOf(m: InstrumentMention): string | null {
  return m.type === "resolution" && m.kind !== "anaphor" && m.text ? (FULL_SYMBOL_END.exec(m.text)?.[1] ?? null) : null;
}

/**
 * "draft resolution A/C.1/80/L.41" named first: a later "draft resolution L.41", or a bare "L.41" ("our abstention on L.41"), is
 * the same draft, by its full symbol.
 */
function withShortSymbols(
  view: string,
  tokens: readonly Token[],
  instruments: InstrumentMention[],
  symbols: ReadonlyMap<string, InstrumentMention>,
): InstrumentMention[] {
  if (symbols.size === 0) return instruments;
  let out = instruments.map((m) => {
    const short = m.type === "resolution" && m.kind !== "anaphor" && !m.text.includes("/") ? SHORT_SYMBOL_END.exec(m.text)?.[1] : undefined;
    const full = short ? symbols.get(short) : undefined;
    return full ? { ...full, from: m.from, to: m.to, about: undefined } : m;
  });
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text !== "L" || tokens[i + 1]?.text !== "." || !DIGITS.test(tokens[i + 2]?.text ?? "")) continue;
    if (tokens[i + 1]?.start !== t.end || tokens[i + 2]?.start !== tokens[i + 1]?.end) continue;
    if (out.some((m) => m.from <= i + 2 && i < m.to)) continue;
    const full = symbols.get(`L.${tokens[i + 2]?.text}`);
    // Not named in full: another draft of the same series ("Amendment L.63, submitted by A", "voted against L.63 and L.64" in a text
    // that named "A/C.3/79/L.20/Rev.1"), by its short symbol and its noun.
    const noun = !full && AMENDMENT_NOUNS.has(tokens[i - 1]?.lower ?? "") ? i - 1 : i;
    const own = instrumentMention(
      noun,
      i + 3,
      "named",
      joinText(view, tokens, noun, i + 3),
      null,
      "resolution",
      noun < i ? (tokens[noun] as Token).lower : "draft",
    );
    out = [...out, full ? { ...full, from: i, to: i + 3, about: undefined } : own].sort((a, b) => a.from - b.from);
  }
  return out;
}

/**
 * "the amendments to the International Health Regulations (2005)", "its amendment to X", "the X amendment": an amendment, in lower
 * case, named by the instrument it amends (not that instrument, and not an unnamed reference).
 */
/** Words before "known as" ("also known as", "better known as"). */
const KNOWN_AS_ADVERBS = new Set(["also", "better", "commonly", "generally", "widely"]);
/** The last word of a name a text gives a described instrument ("the Ban Amendment", "the Rotterdam Rules"). */
const NAME_HEADS = new Set([
  "Amendment",
  "Amendments",
  "Convention",
  "Protocol",
  "Agreement",
  "Treaty",
  "Charter",
  "Accord",
  "Pact",
  "Rules",
  "Statute",
  "Covenant",
]);
const MAX_KNOWN_NAME_WORDS = 5;

/**
 * "the amendment to the Basel Convention … known as the Ban Amendment": a text the sentence only describes (in lower case, with no
 * catalogue entry) takes the name the sentence gives it; the name's own mention goes (it is the same text).
 */
function withKnownNames(tokens: readonly Token[], instruments: InstrumentMention[]): InstrumentMention[] {
  let out = instruments;
  for (const m of instruments) {
    if (m.entry || m.kind === "anaphor" || !/^\p{Ll}/u.test(m.text)) continue;
    let k = m.to;
    if (tokens[k]?.text === ",") k++;
    if (KNOWN_AS_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
    if (tokens[k]?.lower !== "known" || tokens[k + 1]?.lower !== "as") continue;
    k += tokens[k + 2]?.lower === "the" ? 3 : 2;
    let end = k;
    while (end < tokens.length && end - k < MAX_KNOWN_NAME_WORDS && (tokens[end] as Token).word && isCapitalised(tokens[end] as Token)) end++;
    if (end === k || !NAME_HEADS.has((tokens[end - 1] as Token).text)) continue;
    const name = tokens
      .slice(k, end)
      .map((t) => t.text)
      .join(" ");
    out = out.filter((x) => x === m || x.to <= k - 1 || x.from >= end).map((x) => (x === m ? { ...x, text: name } : x));
  }
  return out;
}

/** After "amendment to", the token after "article 8 of" / "articles 2 and 5 of" (the text amended), else `at` itself. */
function articleOf(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "article" && tokens[at]?.lower !== "articles") return at;
  let k = at + 1;
  while (
    k < tokens.length &&
    k - at <= MAX_ARTICLE_TOKENS &&
    (ARTICLE_NUMBER.test((tokens[k] as Token).text) || tokens[k]?.text === "," || tokens[k]?.lower === "and")
  )
    k++;
  return k > at + 1 && (tokens[k]?.lower === "of" || tokens[k]?.lower === "to") ? k + 1 : at;
}
const ARTICLE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,2})?|[IVXL]{1,6})$/u;
const MAX_ARTICLE_TOKENS = 6;

/** A protocol in lower case before "to" and its parent's name ("the protocols to the Treaty of Rarotonga"). */
const LOWER_PROTOCOLS = new Set(["protocol", "protocols"]);

/** Whether a mention other than a reference spans token `i`. */
function namedAt(mentions: readonly InstrumentMention[], i: number): boolean {
  for (const m of mentions) if (m.from <= i && i < m.to && m.kind !== "anaphor") return true;
  return false;
}

function withAmendments(tokens: readonly Token[], instruments: InstrumentMention[]): InstrumentMention[] {
  let out = instruments;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    // ("the protocols to the Treaty of Rarotonga", "a protocol to X" in lower case: a child the lexicon does not name.)
    if ((!AMENDMENT_NOUNS.has(t.text) && !LOWER_PROTOCOLS.has(t.text)) || tokens[i + 1]?.lower !== "to") continue;
    const protocol = LOWER_PROTOCOLS.has(t.text) && !namedAt(out, i);
    if (!protocol && !AMENDMENT_NOUNS.has(t.text)) continue;
    // ("the amendment to article 8 of the Rome Statute": the article it amends is part of its name.)
    const article = articleOf(tokens, i + 2);
    const at = tokens[article]?.lower === "the" ? article + 1 : article;
    const parent = out.find((m) => (m.from === at || m.from === article) && m.kind !== "anaphor" && m.text && m.type !== "resolution");
    if (!parent) continue;
    // "the 2012 amendments to the Gothenburg Protocol", "the GMO amendment to the Aarhus Convention": the year they were adopted, or
    // the acronym of their subject, is part of their name.
    const year = YEAR.test(tokens[i - 1]?.text ?? "") || AMENDMENT_ACRONYM.test(tokens[i - 1]?.text ?? "") ? (tokens[i - 1] as Token).text : "";
    const child: InstrumentMention = {
      from: year ? i - 1 : i,
      to: parent.to,
      kind: "named",
      text: `${year ? `${year} ` : ""}${protocol ? capitalise(t.text) : t.text} to ${
        article > i + 2
          ? `${tokens
              .slice(i + 2, article)
              .map((x) => x.text)
              .join(" ")} `
          : ""
      }${/^(?:the\s|[A-Z]{2,}\b)/u.test(parent.text) ? "" : "the "}${parent.text}`,
      entry: null,
      type: "protocol",
      head: undefined,
      fallbackText: undefined,
      // "… an amendment to the Convention on International Civil Aviation, and … of the same Convention": the parent stays a referent.
      about: parent,
    };
    if (protocol) {
      child.entry = catalogIndex().resolveByWords(child.text, "protocol");
      if (child.entry) [child.kind, child.type] = ["catalog", child.entry.type];
    }
    out = [...out.filter((m) => m.to <= child.from || m.from >= parent.to), child].sort((a, b) => a.from - b.from);
  }
  // "signed a Host Country Agreement amendment": the amendment, named by what it amends before it.
  if (out.some((m) => AMENDMENT_NOUNS.has(tokens[m.to]?.text ?? "")))
    out = out.map((m) => {
      const word = tokens[m.to]?.text ?? "";
      if (!AMENDMENT_NOUNS.has(word) || m.kind === "anaphor" || !m.text || m.type === "resolution") return m;
      return { from: m.from, to: m.to + 1, kind: "named", text: `${m.text} ${word}`, entry: null, type: "protocol", head: undefined, fallbackText: undefined };
    });
  return out;
}

function analyse(
  view: string,
  seg: Segment,
  { tokens, cueMatches }: Tokenized,
  acronyms: ReadonlyMap<string, InstrumentMention>,
  symbols: ReadonlyMap<string, InstrumentMention>,
  bodies: Map<string, Actor>,
  described: readonly DescribedBody[] = [],
  speakers: ReadonlyMap<string, Actor> = new Map(),
): Sentence {
  // "with the UNFCCC secretariat": a treaty's secretariat is a body, not the treaty.
  // (Nor is a State's declaration under a treaty an instrument of its own: "CORRECTION OF A TERRITORIAL DECLARATION".)
  const found = findInstruments(view, tokens, 0, tokens.length).filter(
    (m) => tokens[m.to]?.lower !== "secretariat" && !(m.entry === null && STATE_DECLARATION.test(m.text)),
  );
  const named = withKnownNames(tokens, withAmendments(tokens, withShortSymbols(view, tokens, withDefinedAcronyms(tokens, found, acronyms), symbols)));
  const claimed = new Uint8Array(tokens.length);
  // (A name the catalog lacks may be several catalogued ones sharing a head: "the Kyoto and Cartagena Protocols".)
  const uncatalogued = new Uint8Array(tokens.length);
  for (const m of named) for (let i = m.from; i < m.to; i++) (m.entry ? claimed : uncatalogued)[i] = 1;
  // "Senegal ratified Minamata in 2016", "the Basel, Rotterdam and Stockholm Conventions": treaties called by their places
  // (stages/shortNames.ts).
  const short = shortNameMentions(
    tokens,
    (i) => claimed[i] === 1,
    (i) => uncatalogued[i] === 1,
  );
  const kept = short.length > 0 ? named.filter((m) => m.entry || !short.some((x) => x.from < m.to && m.from < x.to)) : named;
  for (const m of kept) if (!m.entry) for (let i = m.from; i < m.to; i++) claimed[i] = 1;
  const instruments = short.length > 0 ? [...kept, ...short].sort((a, b) => a.from - b.from) : named;
  const isClaimed = (i: number) => claimed[i] === 1;
  const actors = withCallerBodies(
    tokens,
    withSpeakers(
      tokens,
      withDescribedBodies(tokens, withDefinedBodies(view, tokens, findActors(tokens, 0, tokens.length, isClaimed), isClaimed, bodies), isClaimed, described),
      isClaimed,
      speakers,
    ),
    isClaimed,
    cueMatches,
  );
  const groups = groupActors(tokens, actors);
  const cues = findCues(tokens, 0, tokens.length, isClaimed, cueMatches);
  // Unnamed texts described in lower case are objects of this sentence's acts only, never antecedents (stages/instruments.ts).
  const texts = instruments.some((m) => m.described) ? instruments.filter((m) => m.described) : null;
  const sentence: Sentence = { start: seg.start, end: seg.end, tokens, from: 0, to: tokens.length, groups, instruments, cues };
  if (texts) {
    sentence.instruments = instruments.filter((m) => !m.described);
    sentence.described = texts;
  }
  return sentence;
}

/** "its two Protocols" → the protocols of the convention named just before. */
function expandChildren(s: Sentence): void {
  const out: InstrumentMention[] = [];
  for (const m of s.instruments) {
    if (m.kind !== "children") {
      out.push(m);
      continue;
    }
    const parent = [...out].reverse().find((x) => x.type === "treaty" && x.to <= m.from);
    if (parent) out.push(...childMentions(m, parent));
  }
  s.instruments = out;
}

interface DocState {
  doc: RawDocument;
  text: string;
  sha: string;
  date: string | null;
  /** Hash state of the record ids' common prefix, `${doc.id}|${sha}|`. */
  idSeed: StableIdSeed;
  /** Texts (lower-cased) the document says were adopted on another day than its own: not the text its meeting votes on. */
  adoptedOtherDay: Set<string>;
  /** The day the document gives a resolution where it names it ("resolution 68/262 of 27 March 2014"), by resolutionKey. */
  resolutionDays: Map<string, string>;
  /** The latest General Assembly session a symbol in the text gives ("A/C.2/80/L.19": 80). */
  gaSession?: number;
  /** The latest sentence whose vote records were made on a text the sentence did not name, and that text. */
  lastVote?: { sentence: number; instrument: InstrumentMention };
  /** The instrument a tracker's first section (by its heading's index) lists, for its later sections. */
  sectionTopic?: { heading: number; instrument: InstrumentMention };
  /** The text each actor's latest affirmed binding act named (by `${actor}|${action}`), for its act nouns that name none. */
  ownActs: Map<string, InstrumentMention>;
  /** The day the text says its State was reviewed, when its recommendations were made (found once, when first asked). */
  reviewDay: () => string | null;
  /** The day the text says a treaty body adopted its concluding observations, when it made their calls (found once, when first asked). */
  observationsDay: () => string | null;
  /** Whether sentence i's votes are on an amendment or a motion that names no text (motionVote). */
  votedOnMotion: (i: number) => boolean;
}

/** A sentence that says what is put to the vote, and what: group 1 an amendment or a motion. */
const PUT_TO_VOTE =
  /(?<!\w)(?:put(?:s|ting)?\sto\s(?:the|a)\s(?:recorded\s)?vote|vot(?:e|es|ed|ing)\s(?:on|upon)|(?:recorded\s)?vote\swas\staken\son)\s(?:the\s|an?\s)?(?:(?:oral|proposed|first|second|further|procedural|no-action|draft|revised)\s)*(?:(amendments?|motions?)|draft|text|resolution|decision|proposal)(?!\w)/iu;
/** A sentence whose subject is an amendment or a motion and its fate: "The motion was carried by a recorded vote of 143 …". */
const MOTION_SUBJECT = /^[^.;:]{0,40}?(?<!\w)(?:amendments?|motions?)\s(?:was|were)\s(?:carried|adopted|rejected|defeated|approved|put)(?!\w)/iu;
/** A cue of joining a consensus that names no object of its own ("joined the consensus", not "joined the consensus on X"). */
function joinedConsensus(s: Sentence, cue: CueMention): boolean {
  return (s.tokens[cue.to - 1] as Token).lower === "consensus";
}

/**
 * Words that open another clause after an act: "joined the consensus, while stressing …", "… but dissociated itself from …", "voted in
 * favour, on the understanding that the resolution …" (not a bare comma: "voted in favour, and the Minister welcomed the treaty's
 * adoption" speaks of the same text).
 */
const CLAUSE_BREAKS = new Set([";", "but", "while", "whereas", "although", "though", "because", "since", "that"]);

/** Whether a clause break stands between tokens `from` and `to`. */
function clauseBreakBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = (s.tokens[k] as Token).lower;
    // (Or a comma that closes a relative before its main verb of speech: "A and B, all of which voted in favour, said the resolution …".)
    if (CLAUSE_BREAKS.has(w) || (w === "," && REPORTING_VERBS.has(s.tokens[k + 1]?.lower ?? ""))) return true;
  }
  return false;
}

/** Nouns of what a meeting votes on besides a text: an amendment, a motion. */
const MOTION_NOUNS: ReadonlySet<string> = new Set([...AMENDMENT_NOUNS, "motion", "motions"]);
/** How many sentences back the sentence that puts a vote's object to the vote is looked for. */
const PUT_TO_VOTE_REACH = 6;

/**
 * Whether sentence `index`'s votes are on an amendment or a motion that the sentence putting it to the vote names no text for ("I
 * shall first put to the vote the oral amendment proposed by the representative of …", then "In favour: A, B" and "Against: C"), or
 * whose subject it is ("The motion was carried by a recorded vote of 143 in favour to 6 against (A, B)"). The nearest sentence that
 * puts something to the vote decides ("I shall now put to the vote draft resolution S/2024/254" is the draft's).
 */
function motionVote(text: (i: number) => string, put: (i: number) => PutToVote, sentenceAt: (i: number) => Sentence, index: number): boolean {
  if (MOTION_SUBJECT.test(text(index))) return true;
  for (let k = index; k >= 0 && index - k <= PUT_TO_VOTE_REACH; k--) {
    const what = put(k);
    if (what === "none") continue;
    return what === "motion" && !sentenceAt(k).instruments.some((x) => x.type === "resolution" && x.kind !== "anaphor");
  }
  return false;
}

/** What a sentence puts to the vote (PUT_TO_VOTE): an amendment or a motion, a text, or nothing. */
type PutToVote = "motion" | "text" | "none";
const VOT = /vot/iu;
function putToVote(text: string): PutToVote {
  // (A plain test first: most sentences say no "vot".)
  if (!VOT.test(text)) return "none";
  const m = PUT_TO_VOTE.exec(text);
  return !m ? "none" : m[1] !== undefined ? "motion" : "text";
}

/** Words of a verb chain between a verb and the pronoun object its last verb takes ("neither signed nor ratified it"). */
const CHAIN_WORDS = new Set(["nor", "or", "and", "not", "yet", "but", "has", "have", "had", "also", "then", "later"]);

/** A pronoun object right after the cue, or after the verb chain it opens ("have neither signed nor ratified it"). */
function chainPronounAt(s: Sentence, at: number): boolean {
  for (let k = at; k < s.to && k - at <= 6; k++) {
    if (pronounObjectAt(s.tokens, k)) return true;
    const inCue = s.cues.some((c) => c.from <= k && k < c.to);
    if (!inCue && !CHAIN_WORDS.has((s.tokens[k] as Token).lower)) return false;
  }
  return false;
}

/** Instrument types a state binds itself to, which no one co-sponsors. */
const TREATY_TYPES = new Set<InstrumentMention["type"]>(["treaty", "protocol"]);
/**
 * Words that open a second clause whose left-out object is the text the first named: "signed X in 2003 but did not ratify", "has
 * been a party to X since it acceded in 1995", "signed X in 2001, long before it ratified".
 */
const COORDINATORS = new Set(["but", "yet", "since", "after", "before", "until"]);

/** Words a clause's subject may follow: the sentence's start, a comma, a coordinator. */
// (And the prepositions of a subject's own phrase: "the Ministers of A and B signed X and …".)
const SUBJECT_LEADS = new Set([",", "and", "but", "while", "whereas", ";", ":", "of", "from", "for"]);

/** Whether the agent group at `from` follows a word that governs it ("… when it left the EU and has not acceded"): no subject. */
function governedAgent(s: Sentence, from: number): boolean {
  const k = s.tokens[from - 1]?.lower === "the" ? from - 2 : from - 1;
  if (k < s.from) return false;
  const t = s.tokens[k] as Token;
  return !SUBJECT_LEADS.has(t.lower) && t.word && t.text === t.lower;
}

function toRecords(st: DocState, view: string, s: Sentence, index: number, drafts: Draft[], ctx: DocumentContext): Commitment[] {
  const records: Commitment[] = [];
  let dates: DateMention[] | null = null;
  let respectively: boolean | null = null;
  // What every record of the sentence shares: its quote and the start of its id's hash input (`${start}|${end}|`).
  let quote: string | null = null;
  let idSeed: StableIdSeed | null = null;
  for (const drafted of drafts) {
    const d = titledByLineBefore(view, s, index, drafted, ctx) ? { ...drafted, polarity: "planned" as const, polarityBy: "domestic-law" } : drafted;
    // An act stated without its instrument ("ratified it", "have ratified.") means the latest one named.
    // A resolution is adopted, supported or sponsored, never signed, ratified or acceded to: a binding act's instrument is one that
    // can be ("deposited its instrument of accession …, under a framework set by resolution 2118": the treaty the text is about).
    const fits = BINDING_ACTIONS.has(d.action) ? bindable : anyInstrument;
    let instruments = fits === anyInstrument ? d.instruments : d.instruments.filter(fits);
    // "none of them has yet ratified that text": a reference that resolved to a declaration is not what a state ratifies; the act's
    // object is found as a left-out one is.
    if (BOUND_ACTIONS.has(d.action) && instruments.some((m) => m.kind === "anaphor" && POLITICAL_TYPES.has(m.type))) {
      // (The treaty the sentence named before the act, when it did: "A, B and C signed the Nordic Sámi Convention in 2017, but none
      // of them has yet ratified that text".)
      const named = s.instruments.filter((m) => m.to <= d.cue.from && m.text && m.kind !== "anaphor" && !POLITICAL_TYPES.has(m.type)).pop();
      instruments = instruments.flatMap((m) => (m.kind === "anaphor" && POLITICAL_TYPES.has(m.type) ? (named ? [named] : []) : [m]));
    }
    // "Those voting in favour of the draft included A, B, the latter supporting the text for the first time": a vote on the draft is
    // on the text the report is about, never a treaty a reference after it resolves to.
    // "it had been co-sponsored by 94 delegations, including A and B, which joined the sponsors after ratifying the Second Optional
    // Protocol": a text is co-sponsored, never a treaty; a treaty the sentence names is another clause's, and the text is the topic.
    // (A catalogued treaty: an uncatalogued name may be a text still adopted by a body, "the Pathogen Access and Benefit-Sharing Annex".)
    if (d.action === "co-sponsored" && instruments.length > 0 && instruments.every((m) => TREATY_TYPES.has(m.type) && m.entry !== null)) instruments = [];
    // "The European Union joined the consensus, while stressing that the Convention …": joining a consensus is a vote without a vote,
    // on the text the meeting adopted; a text named after it is another clause's ("joined the consensus on X" names its own).
    const consensus = joinedConsensus(s, d.cue);
    const isVote = VOTE_FORMS.has(d.cue.def.form) || consensus;
    // ("Japan voted in favour, on the understanding that the resolution does not imply …": a text after a clause break is that
    // clause's, not the vote's object.)
    if (consensus || d.rule === "vote-verb") instruments = instruments.filter((m) => m.to <= d.cue.from || !clauseBreakBetween(s, d.cue.to, m.from));
    // ("Jamaica joined the consensus when the OAS General Assembly adopted the Inter-American Democratic Charter": the text its
    // clause names.)
    const own =
      consensus && instruments.length === 0 ? s.instruments.find((m) => m.from >= d.cue.to && m.text && !clauseBreakBetween(s, d.cue.to, m.from)) : undefined;
    if (own) instruments = [own];
    const onTheText = isVote && votedOnTheText(s, d.cue.to);
    if (onTheText && instruments.length > 0 && instruments.every((m) => m.kind === "anaphor" && TREATY_TYPES.has(m.type))) instruments = [];
    const topical = d.topical || (instruments.length === 0 && d.instruments.length > 0);
    // "The countries that did not sign the main agreement were …" when no agreement was named: the act has an object, which is
    // not the text's topic (here the declaration named just before).
    if (d.topical && objectUnresolved(s, d)) continue;
    // "six countries signed the protocol on the extension of the treaty, while A and B refused to sign it": "it" is the text named
    // last before it, which could not be resolved, not the text's topic.
    if (d.topical && pronounObjectAt(s.tokens, d.cue.to) && lastNamedUnresolved(s, d.cue.from)) continue;
    // "deposited four instruments of ratification or accession", "signed eleven bilateral agreements": acts on several texts it
    // does not name, not on the document's topic.
    if (d.topical && countedTextsAround(s, d.cue.from, d.cue.to)) continue;
    // "signed, in Tashkent, a protocol amending the 2001 convention", "signed an agreement": an object the act names only as
    // a kind of text, not the document's topic.
    if (d.topical && indefiniteObjectAt(s, d.cue.to)) continue;
    // (So is a relative's antecedent: "replaced by a new agreement that the two countries signed in 2016".)
    if (d.topical && indefiniteAntecedentBefore(s, d.cue.from)) continue;
    // "…, whose mandate we continue to support": an act whose object is a relative's antecedent, and that antecedent no instrument, is
    // on that antecedent, not on the text's topic.
    // "I shall first put to the vote the oral amendment proposed by … In favour: A, B. Against: C", "The motion was carried by a
    // recorded vote of 143 in favour to 6 against (A, B)": a vote that names no text, on an amendment or a motion the text names no
    // text for, is on that, not on the draft.
    if (isVote && topical && instruments.length === 0 && !voteObjectStated(s, d.cue.to) && st.votedOnMotion(index)) continue;
    // ("the oral amendment proposed by the representative of A", "the motion submitted by B": a proposal of an amendment or a motion
    // that names no text, not a sponsorship of the draft.)
    if (d.action === "co-sponsored" && topical && instruments.length === 0 && MOTION_NOUNS.has(s.tokens[d.cue.from - 1]?.lower ?? "")) continue;
    if (topical && instruments.length === 0) {
      const gap = relativeObjectGap(s, d);
      if (gap === null) continue;
      // ("X, which Namibia's delegates voted for": the relative's antecedent is the instrument named right before it.)
      if (gap) instruments = [gap];
    }
    if (topical && instruments.length === 0) {
      let topic: InstrumentMention | null = null;
      // ("The Lusaka Agreement is open only to African States; its Parties include A and B": "its" is the instrument named before.)
      if (chainPronounAt(s, d.cue.to) || s.tokens[d.cue.from - 1]?.lower === "its")
        for (const m of s.instruments) if (m.to <= d.cue.from && m.text && fits(m)) topic = m;
      // A sponsored text is a resolution or a draft, when the text names one ("draft resolution L.5 on X … The draft was tabled by A").
      // So is a text voted on ("Three delegations did not take part in the vote" after "By the text (A/78/L.5) … under the Charter").
      // A text identified by a symbol, a number or a title first ("The text, "Status of Jerusalem" (document A/ES-10/L.22), …"),
      // not "Security Council resolutions regarding the Holy City" that its terms mention.
      // Not a resolution whose symbol dates it to an earlier year ("the framework set out in resolution 2719 (2023)" in a report of a
      // 2024 meeting): today's vote is on today's text.
      if (d.action === "co-sponsored" || isVote) {
        const objectStated = isVote && voteObjectStated(s, d.cue.to);
        // "Those voting in favour of the draft included A, B" after an amendment to it was voted on: the draft, not the amendment.
        const current = (m: InstrumentMention) => identifiedResolution(m) && isCurrentText(st, m) && !(onTheText && isAmendment(m));
        const docYear = st.date ? Number(st.date.slice(0, 4)) : null;
        // "Those voting against included C, D" right after "Those voting in favour of the draft included A, B": the same text.
        if (isVote && !onTheText && st.lastVote?.sentence === index - 1 && !objectStated) topic = st.lastVote.instrument;
        // ("The Council adopted resolution 1325 (2000) without a vote, after its main sponsors, A and B, agreed": the sentence's own.)
        // (Not past a clause of its own: "co-sponsored resolution 78/187 last year, and we will co-sponsor this year's text".)
        if (!topic) for (const m of s.instruments) if (m.to <= d.cue.from && current(m) && !newClauseBetween(s, m.to, d.cue.from)) topic = m;
        // "On June 27 the Assembly adopted the resolution "X" by 20 votes … B, C and D voted against.": right after the sentence that
        // reports a text's adoption, in its paragraph, a vote or a sponsorship that names no text ("A and B presented the draft") is on
        // that text, whatever day it was adopted.
        if (!topic && !(isVote && (onTheText || objectStated))) topic = adoptedJustBefore(ctx, index);
        // A vote that names no text is on the text the report is about, not on an amendment an earlier sentence named (an amendment
        // is voted on where it is named).
        // ("… were among those voting against it", after the amendment was named: it may be.)
        const whole = (m: InstrumentMention) => current(m) && !(isVote && !objectStated && isAmendment(m));
        topic ??=
          (st.date || st.gaSession !== undefined
            ? (ctx.topic(index, whole) ?? (isVote ? ctx.earliest(index, whole) : null) ?? ctx.topic(index, current))
            : null) ??
          // (A vote in a dated report is never on a resolution its year dates before the report's: "authorized by resolution 2699
          // (2023)" in a 2025 explanation of vote about a text adopted today.)
          ctx.topic(index, (m) => identifiedResolution(m) && !(isVote && adoptedBefore(m, docYear))) ??
          ctx.topic(index, (m) => isResolution(m) && !(isVote && adoptedBefore(m, docYear)));
      }
      // "A signed X in 2003 but did not ratify until 2010": the object left out of a coordinated act is the one the clause before named.
      if (!topic && BINDING_ACTIONS.has(d.action)) {
        const before = s.instruments.filter((m) => m.to <= d.cue.from && m.text && fits(m)).pop();
        // (Only a contrast, with nothing after the act but its adjuncts: "… and has not ratified either Protocol" has an object of its own.)
        // (Or a clause that speaks of the same text: "encouraged members to become parties to X, noting that A and B are already parties".)
        const between = s.tokens.slice(before?.to ?? 0, d.cue.from);
        // ("A signed X in 2013 and has not ratified": with "and", only the sentence's own subject's coordinated act, not that of a
        // name the clause before governs, "… when it left the EU and has not acceded".)
        // ("A ratified X in 2003; B acceded in 2004": a clause after a semicolon, parallel to the one before, whose act X is the
        // object of; not "… opened it, through the Third Protocol, to regional organisations; the EU acceded in 2012".)
        // (Or an item's label: "(f) Beijing Treaty on Audiovisual Performances: approved in 2023; South Africa has acceded.")
        const parallel = () =>
          !!before && (s.tokens[before.to]?.text === ":" || s.cues.some((c) => c !== d.cue && c.to <= before.from && BINDING_ACTIONS.has(c.def.action)));
        const coordinated = (t: Token) =>
          COORDINATORS.has(t.lower) || ((t.lower === "and" || (t.text === ";" && parallel())) && !governedAgent(s, d.agentFrom));
        if (
          before &&
          between.some((t, k) => coordinated(t) || (t.text === "," && SPEECH_PARTICIPLES.has(between[k + 1]?.lower ?? ""))) &&
          isClauseEnd(s, d.cue.to)
        )
          topic = before;
      }
      // "As regards the Arms Trade Treaty, A and B are parties", "On X, the secretariat reported that …": the sentence's own topic.
      topic ??= framingTopic(s, d, fits) ?? labelTopic(s, d, fits);
      // "Cambodia deposited its instrument of accession to X … The Envoy welcomed Cambodia's accession": a named state's act noun
      // that names no text is the act the document said it did, on the text it named there.
      topic ??= ownActBefore(st, s, d, fits);
      // "[1] Lithuania deposited its instrument of ratification …": a footnote's act is on the text its marker's sentence names.
      topic ??= footnoteTopic(view, s, index, ctx, fits);
      // A text is co-sponsored, never a treaty: a sponsor list with no text of its own names no convention the document is about.
      // A tracker's dash line is on its section's instrument, never one a line before names in brackets ("(Angola acceded to the
      // Beijing Treaty on the same day)").
      // (Nor is a plan or a strategy what a list of States ratified, joined or signed: "The following States Parties participated: A,
      // B" after a sentence that names the treaty by reference and an action plan by name is on the treaty. A pronoun's or a single
      // State's act on a plan stays on the plan, and goes.)
      topic ??= ctx.topic(
        index,
        d.action === "co-sponsored"
          ? (m) => fits(m) && !TREATY_TYPES.has(m.type)
          : LIST_RULES.has(d.rule)
            ? (m) => fits(m) && !noTreatyActOn(d.action, m)
            : fits,
        d.rule === "dash-entry",
      );
      instruments = topic ? [topic] : [];
      if (topic && isVote) st.lastVote = { sentence: index, instrument: topic };
    }
    if (instruments.length === 0) continue;
    const agents: Array<{ actor: Actor; via: string }> = [];
    // "The resolution was adopted with 143 votes in favour": the body the resolution's name or number says, when it says one.
    const ownBody = d.rule === "body-agentless" && instruments.length === 1 ? resolutionBody((instruments[0] as InstrumentMention).text) : null;
    for (const m of d.agents)
      for (const actor of ownBody && m.kind === "body" && !m.actor ? [ownBody] : ctx.resolveActor(m, s, index)) {
        // "Heads accepted the offer …": a meeting's people stand for their organisation in what it says, never in a treaty act.
        if (actor.kind === "organisation" && BINDING_ACTIONS.has(d.action) && meetingPeople(s.tokens, m)) continue;
        // ("The Conference welcomed the ratification of X by A and B, whose instruments were deposited …": a bare deposit is a State's,
        // or a union's that joins treaties, never a meeting's or a body's.)
        if (actor.kind === "organisation" && isBareDeposit(d.cue.def) && actor.name !== "European Union") continue;
        // An operative paragraph's subject (a group of no width at its verb: stages/operative.ts) does what that verb says, and
        // nothing the paragraph reports of others ("7. Takes note of the deposit … of the Republic of South Sudan", "of the
        // intention of Andorra to sign the Declaration").
        if (m.from === m.to && (d.cue.from !== m.from || BINDING_ACTIONS.has(d.action))) continue;
        agents.push({ actor, via: m.kind });
      }
    if (agents.length === 0) continue;
    dates ??= withDateAnaphors(
      sentenceDates(view, s, st.date),
      anaphoricDates(view, s, st.date, (k) => (index - k >= 0 ? statedDates(view, ctx.sentenceAt(index - k), st.date) : [])),
    );
    respectively ??= mentionsRespectively(view, s);
    quote ??= st.text.slice(s.start, s.end);
    // The id hashes `${doc.id}|${sha}|${start}|${end}|...`; the document's part is hashed once (st.idSeed), the sentence's once here.
    idSeed ??= stableIdSeedFrom(st.idSeed, `${s.start}|${s.end}|`);
    const instrumentStage = topical ? ":topic" : "";
    const polarityStage = `polarity:${d.polarity}${d.polarityBy ? `(${d.polarityBy})` : ""}`;
    // "Kenya reportedly ratified X": an act the text does not vouch for is kept, below the line that flags it for review.
    const reported = d.polarity === "affirmed" ? reportedBy(s.tokens, d.cue.from, s.from, s.to) : null;
    const recommendation = d.rule === "recommended-by" || (d.action === "called-for" && RECOMMENDING.has((s.tokens[d.cue.from] as Token).lower));
    for (let ai = 0; ai < agents.length; ai++) {
      const { actor, via } = agents[ai] as { actor: Actor; via: string };
      // "the Committee recommended that the Government consider ratifying X", the Committee being a parliament's: a step of the
      // State's own process, not a call on another.
      if (recommendation && d.action === "called-for" && DOMESTIC_ORGAN.test(actor.name)) continue;
      // "The Committee supports the Protocol", the Committee being a parliament's treaties or foreign-relations committee: a step of
      // the State's own process (its calls on other States stand).
      if (d.action !== "called-for" && actor.kind === "organisation" && (DOMESTIC_ORGAN.test(actor.name) || PARLIAMENTARY_COMMITTEE.test(actor.name))) continue;
      const agent = { index: ai, count: agents.length, respectively };
      for (const inst of instruments) {
        if (!inst.text) continue;
        // A reference that named a plan or framework ("did not join it") is no treaty act, nor is a memorandum ratified.
        if (noTreatyActOn(d.action, inst)) continue;
        // "supports the negotiation of a Comprehensive Nuclear Weapons Convention": the process of making a text still to come.
        if ((d.action === "supported" || d.action === "endorsed") && inst.from > d.cue.from && inMaking(s, inst)) continue;
        // "Slovakia rejected the amendments": an opt-out from amendments or regulations (never a draft voted down).
        if (REJECTION.test((s.tokens[d.cue.from] as Token).lower) && (inst.type === "resolution" || !OPTED_OUT_OF.test(inst.text))) continue;
        const attached = attachDate(st, view, st.date, s, d, inst, dates, agent);
        const { dm } = attached;
        let { fallback, date } = attached;
        // "Resolution 2721 … was adopted with 13 votes in favour": a report's agentless adoption of a current text, on no other day
        // the report names, is its meeting's, on the report's date.
        if (!date && st.date && d.rule === "body-agentless" && isCurrentText(st, inst)) date = fallback = st.date;
        // "Thailand was reviewed … on 10 November 2021. … 115.1 Ratify X (France)": a review's recommendation was made at the review.
        let dayStage = "date:document";
        if (!dm && recommendation) {
          const day = st.reviewDay();
          if (day) [date, fallback, dayStage] = [day, day, "date:review"];
        }
        // "… adopted the present concluding observations at its 2342nd meeting, held on 5 October 2018. … The Committee encourages the
        // State party to ratify X": the observations' calls were made the day they were adopted.
        if (!dm && d.action === "called-for") {
          const day = st.observationsDay();
          if (day) [date, fallback, dayStage] = [day, day, "date:observations"];
        }
        // "General Assembly resolution 68/262 of 27 March 2014 … That text was adopted by 100 votes to 11; A and B voted against": a
        // vote on a resolution the document dates where it names it was cast that day (and the resolution adopted).
        if (!dm && (VOTE_FORMS.has(d.cue.def.form) || (d.action === "adopted" && d.polarity === "affirmed")) && inst.type === "resolution") {
          const day = st.resolutionDays.get(resolutionKey(inst.text));
          if (day) [date, fallback, dayStage] = [day, day, "date:adoption"];
        }
        let confidence = RULE_CONFIDENCE[d.rule] ?? 0.7;
        if (topical) confidence -= 0.1;
        if (inst.kind === "anaphor") confidence -= 0.05;
        if (via !== "named") confidence -= 0.05;
        if (!inst.entry) confidence -= 0.05;
        if (reported) confidence -= REPORTED_DOUBT;
        const instrumentId = inst.entry?.id ?? null;
        // A text adopted or voted on another day ("vetoed a draft (S/2022/720) on 30 September") is not the text of the day's vote.
        if ((d.action === "adopted" || VOTE_FORMS.has(d.cue.def.form)) && date && st.date && !st.date.startsWith(date))
          st.adoptedOtherDay.add(inst.text.toLowerCase());
        // "… the European Union … the Union approved the Agreement": a union's approval, once its name is known, is its consent to be
        // bound (as a named union's is: stages/draftFilters.ts).
        const action = d.action === "adopted" && via !== "named" && approvalBinds(actor, inst) ? "ratified" : d.action;
        if (!topical && d.polarity === "affirmed" && BINDING_ACTIONS.has(action)) st.ownActs.set(`${actor.name}|${action}`, inst);
        const id = `c-${stableIdFromParts(idSeed, [action, actor.name, instrumentId ?? inst.text, d.polarity])}`;
        records.push({
          id,
          actor: actor.name,
          action,
          instrument: inst.text,
          instrumentId,
          instrumentName: inst.entry?.name ?? null,
          instrumentType: inst.entry?.type ?? inst.type,
          date,
          polarity: d.polarity,
          confidence: Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100,
          source: { doc: st.doc.id, start: s.start, end: s.end, quote },
          stages: [
            "sentence",
            `actor:${via}`,
            `instrument:${inst.kind}${instrumentStage}`,
            `link:${d.rule}`,
            polarityStage,
            dm ? (dm.relative ? "date:relative" : "date:stated") : fallback ? dayStage : "date:none",
            ...(reported ? [`hedge:reported(${reported})`] : []),
          ],
        });
      }
    }
    // "| 115.3 | Accede to X (Sierra Leone) (Brazil) | Noted |": the State under review's answer to a recommendation says it has
    // not done the act asked (it plans to, when it supports the recommendation).
    const answer = d.rule === "recommended-by" ? reviewAnswer(view.slice(s.start, s.end)) : null;
    const reviewed = answer ? ctx.documentState() : [];
    for (const actor of reviewed)
      for (const inst of instruments) {
        if (!inst.text || noTreatyActOn(d.cue.def.action, inst)) continue;
        const instrumentId = inst.entry?.id ?? null;
        const polarity = answer as "planned" | "negated";
        quote ??= st.text.slice(s.start, s.end);
        idSeed ??= stableIdSeedFrom(st.idSeed, `${s.start}|${s.end}|`);
        records.push({
          id: `c-${stableIdFromParts(idSeed, [d.cue.def.action, actor.name, instrumentId ?? inst.text, polarity])}`,
          actor: actor.name,
          action: d.cue.def.action,
          instrument: inst.text,
          instrumentId,
          instrumentName: inst.entry?.name ?? null,
          instrumentType: inst.entry?.type ?? inst.type,
          date: null,
          polarity,
          confidence: REVIEW_ANSWER_CONFIDENCE,
          source: { doc: st.doc.id, start: s.start, end: s.end, quote },
          stages: [
            "sentence",
            "actor:document",
            `instrument:${inst.kind}`,
            "link:review-answer",
            `polarity:${polarity}(${answer === "planned" ? "supported" : "noted"})`,
            "date:none",
          ],
        });
      }
  }
  return records;
}

/** A review's answer to a recommendation, in its own table cell or at its line's end: "| Noted |", "| Supported |". */
const REVIEW_ANSWER = /(?:\|\s*|\s[-–—]\s)(Supported|Accepted|Noted|Rejected|Partially supported)\s*(?:\||$)/mu;
/** The State under review's answer is a statement of its own position, read from a table: kept under the review line. */
const REVIEW_ANSWER_CONFIDENCE = 0.75;

/** "planned" for a recommendation the State under review supports or accepts, "negated" for one it notes or rejects, or null. */
function reviewAnswer(text: string): "planned" | "negated" | null {
  const word = REVIEW_ANSWER.exec(text)?.[1];
  if (!word) return null;
  return word === "Noted" || word === "Rejected" ? "negated" : "planned";
}

/** How many sentences back a vote that names no text looks for the adoption it follows. */
const ADOPTION_REACH = 2;

/** The resolution a sentence just before `index`, in its paragraph, reports adopted ("the Assembly adopted the resolution "X""), or null. */
function adoptedJustBefore(ctx: DocumentContext, index: number): InstrumentMention | null {
  for (let k = index - 1; k >= Math.max(0, index - ADOPTION_REACH) && ctx.sameParagraph(k, index); k--) {
    const s = ctx.sentenceAt(k);
    if (!s.cues.some((c) => c.def.action === "adopted")) continue;
    const named = s.instruments.filter((m) => m.kind !== "anaphor" && m.text && identifiedResolution(m));
    return named.length === 1 ? (named[0] as InstrumentMention) : null;
  }
  return null;
}

/** Rules that read an act noun: "Cambodia's accession", "the ratification by Chile". */
const ACT_NOUN_RULES = new Set(["possessive", "nominal-by", "nominal-of"]);

/** The text a named agent's own earlier act of the draft's kind was on, when every agent of an act noun did it on the same one. */
function ownActBefore(st: DocState, s: Sentence, d: Draft, fits: (m: InstrumentMention) => boolean): InstrumentMention | null {
  // (An act still to come or denied is not the one done before.)
  if (!ACT_NOUN_RULES.has(d.rule) || d.polarity !== "affirmed" || d.agents.length === 0) return null;
  // (Not when the sentence names a text before the act, "signed X and deposited its instrument of ratification", nor for several
  // instruments, "The instruments of accession were deposited by A".)
  if (s.instruments.some((m) => m.text && m.to <= d.cue.from) || /s$/u.test((s.tokens[d.cue.from] as Token).lower)) return null;
  let found: InstrumentMention | null = null;
  for (const m of d.agents) {
    const own = m.kind === "named" && m.actor ? st.ownActs.get(`${m.actor.name}|${d.action}`) : undefined;
    if (!own || !fits(own) || (found && found.text !== own.text)) return null;
    found = own;
  }
  return found;
}

/** "Thirty-five of them are:", "Some of these include": a count of the actors just mentioned, then a copula. */
const OF_THEM = /^\s*(?:\d+|[A-Z][a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|these|those)\s+(?:are|were|include|included)\b/u;
const OF_THEM_COPULAS = new Set(["are", "were", "include", "included"]);

/**
 * The list after "N of them are" shares the act of the sentence before (its first record's action,
 * instrument, polarity and date), each member getting its own record quoted from this sentence.
 */
function membersOfThem(st: DocState, s: Sentence, records: readonly Commitment[], previous: Segment): Commitment[] {
  const act = records.find((c) => c.source.start === previous.start);
  let copula = s.from;
  while (copula < s.to && !OF_THEM_COPULAS.has((s.tokens[copula] as Token).lower)) copula++;
  const first = s.groups.find((g) => g.from > copula && g.from - copula <= 3); // "are: the Netherlands, …"
  if (!act || !first) return [];
  const members = first.members.concat(s.groups.filter((g) => g.from >= first.to).flatMap((g) => g.members));
  return sharedAct(st, s, act, members, "of-them", { date: act.date, stage: act.stages[act.stages.length - 1] ?? "date:none" });
}

/**
 * "35 member States have ratified C189: ¶ Americas (18): A, B ¶ Europe (10): C, D": a line that opens with a label (a region, a
 * group, its count in brackets) and a colon, after a list the colon before closed, lists more States that did its act.
 */
function labelledMembers(st: DocState, s: Sentence, records: readonly Commitment[], previous: Segment): Commitment[] {
  const act = records.find((c) => c.source.start === previous.start && c.stages.some((x) => LISTED_LINKS.has(x)));
  const colon = s.tokens.findIndex((t, k) => k >= s.from && k < s.to && t.text === ":");
  if (!act || colon < 0 || s.groups.some((g) => g.from < colon)) return [];
  const members = s.groups.filter((g) => g.from > colon).flatMap((g) => g.members);
  return sharedAct(st, s, act, members, "labelled-list", { date: act.date, stage: act.stages[act.stages.length - 1] ?? "date:none" });
}
/** A line's label before its colon: capitalised words, "and", "the", and a count in brackets ("Asia and the Pacific (1):"). */
const LABELLED_LINE = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|the|of))*(?:\s+\(\d{1,3}\))?:\s+\S/u;
/** The links of a list's records whose act a labelled line after it shares. */
const LISTED_LINKS: ReadonlySet<string> = new Set(["link:member-list", "link:heading-list", "link:labelled-list", "link:copula-list", "link:noun-copula-list"]);

/** "The others are A, B", "Among them are A (2020), B", "The first seven were A, B": a list that goes on from a count before it. */
const COUNT_CONTINUED =
  /^\s*(?:(?:Besides|Apart\s+from|Aside\s+from|Other\s+than|In\s+addition\s+to)\s[^,.;:]{1,40},\s*(?:the\s+(?:others|remaining\s+\w+)|they|these)|The\s+(?:others|other\s+\w+|remaining\s+\w+|first\s+\w+|latest(?:\s+\w+)?|most\s+recent(?:\s+\w+)?)|Among\s+(?:them|these|those)|They|These)\s+(?:are|were|include|included)\b/u;
/** How far into a sentence COUNT_CONTINUED may reach ("Besides the two newest, they are: …"). */
const COUNT_CONTINUED_REACH = 80;
/** "X now has ten parties", "X had 20 Contracting States": a count of parties the sentence gives no names for. */
const PARTY_COUNT =
  /\b(?:has|had|have)\s+(?:now\s+|so\s+far\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:States\s+Parties|Contracting\s+(?:States|Parties)|[Pp]arties)\b/u;
/** "Ten States have ratified X", "seven States had ratified X", "Sixty-five States signed on the first day": a counted subject's act, its members unnamed. */
const COUNTED_ACT =
  /\b(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s+(?:States|countries|Member\s+States)\s+(?:(?:have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?)?(ratified|signed|acceded\s+to)\b/u;
const LIST_OPENERS = new Set(["except", "excluding", "including", "well"]);
/** "So far eleven have done so: A, B", "To date, eight States did so: C, D": an elliptical act's list, after a colon. */
const DONE_SO_LIST = /\b(?:did|done)\s+so\s*:/u;
/** Acts a "done so" list can stand for (not a call's or a vote's). */
const DONE_SO_ACTS: ReadonlySet<string> = new Set(["ratified", "acceded", "signed", "endorsed"]);
const COUNTED_ACTIONS: Record<string, Commitment["action"]> = { ratified: "ratified", signed: "signed", "acceded to": "acceded" };
/** "A handful of UN Member States have still not become parties", "Twelve States have yet to ratify it": a count that has not acted. */
const COUNTED_NOT_YET =
  /\b(?:\d+|[A-Za-z]+(?:-[a-z]+)?)\s+(?:States|countries|Member\s+States)\s+(?:have|had)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?|yet\s+to\s+)(ratified|ratify|signed|sign|acceded\s+to|accede\s+to|become\s+(?:parties|a\s+party)|joined|join)\b/u;
const NOT_YET_ACTIONS: Record<string, Commitment["action"]> = {
  ratified: "ratified",
  ratify: "ratified",
  signed: "signed",
  sign: "signed",
  "acceded to": "acceded",
  "accede to": "acceded",
  "become parties": "party",
  "become a party": "party",
  joined: "party",
  join: "party",
};

/**
 * "The Convention now has ten parties. The others are A, B.", "Ten States have ratified X. Among them are A (2020), B (2021).":
 * the list names members of the count the sentence before gave, who did its act on its instrument (each dated by its own bracketed
 * year).
 */
function membersOfCount(st: DocState, view: string, s: Sentence, before: Sentence, doneSo: boolean, textBefore: () => InstrumentMention | null): Commitment[] {
  const text = view.slice(before.start, before.end);
  const counted = COUNTED_ACT.exec(text);
  // ("States are invited to accept the Amendment. So far eleven have done so: A, B": the act the sentence before names, unnamed.)
  const named = doneSo ? before.cues.find((c) => c.def.form === "verb" && !c.def.polarity && DONE_SO_ACTS.has(c.def.action))?.def.action : undefined;
  // ("A handful of Member States have still not become parties. Among them are A, B": members of a count that has not acted.)
  const notYet = counted || named ? null : COUNTED_NOT_YET.exec(text);
  const action = PARTY_COUNT.test(text)
    ? "party"
    : counted
      ? COUNTED_ACTIONS[(counted[1] ?? "").replace(/\s+/gu, " ")]
      : notYet
        ? NOT_YET_ACTIONS[(notYet[1] ?? "").toLowerCase().replace(/\s+/gu, " ")]
        : named;
  // ("The Convention was adopted in 2009. It now has 22 Contracting States. They are: …": "It" is the text named before.)
  // ("Sixty-five States signed on the first day. Among them were …": a counted act with no object is on the text of the passage.)
  const inst = before.instruments.find((m) => m.text) ?? (before.tokens[before.from]?.text === "It" || counted || notYet ? textBefore() : null);
  if (!action || !inst) return [];
  let copula = s.from;
  const opens = (t: Token) => (doneSo ? t.text === ":" : OF_THEM_COPULAS.has(t.lower));
  while (copula < s.to && !opens(s.tokens[copula] as Token)) copula++;
  // (Or after a membership the text does not list, then "except", "including" or "as well as": "They include every EU member state
  // except A and B, as well as C".)
  const first =
    s.groups.find((g) => g.from > copula && g.from - copula <= 3) ??
    s.groups.find((g) => g.from > copula && s.tokens.slice(copula, g.from).some((t) => LIST_OPENERS.has(t.lower)));
  if (!first) return [];
  const act: Commitment = {
    id: "",
    actor: "",
    action,
    instrument: inst.text,
    instrumentId: inst.entry?.id ?? null,
    instrumentName: inst.entry?.name ?? null,
    instrumentType: inst.entry?.type ?? inst.type,
    date: null,
    polarity: notYet ? "negated" : "affirmed",
    confidence: 0.75,
    source: { doc: st.doc.id, start: s.start, end: s.end, quote: "" },
    stages: [`instrument:${inst.kind}`],
  };
  const out: Commitment[] = [];
  // "They include every EU member state except Czechia and Ireland, as well as A, B": the excepted are not, up to "as well as".
  let excepted = false;
  let at = copula;
  const exceptedUpTo = (to: number) => {
    for (; at < to; at++) {
      const w = (s.tokens[at] as Token).lower;
      if (w === "except" || w === "excluding") excepted = true;
      else if (w === "as" && s.tokens[at + 1]?.lower === "well" && s.tokens[at + 2]?.lower === "as") excepted = false;
    }
    return excepted;
  };
  for (const g of s.groups.filter((x) => x.from >= first.from)) {
    for (const m of g.members) {
      if (exceptedUpTo(m.from)) {
        out.push(...sharedAct(st, s, { ...act, polarity: "negated" }, [m], "count-continued", { date: null, stage: "date:none" }));
        continue;
      }
      // "Saudi Arabia (2020)": the member's own year.
      const year =
        s.tokens[m.to]?.text === "(" && /^\d{4}$/u.test(s.tokens[m.to + 1]?.text ?? "") && s.tokens[m.to + 2]?.text === ")"
          ? (s.tokens[m.to + 1] as Token).text
          : null;
      out.push(...sharedAct(st, s, act, [m], "count-continued", { date: year, stage: year ? "date:stated" : "date:none" }));
    }
  }
  return out;
}

/**
 * The records of the members who did `act` (a record of an earlier sentence) by this sentence's account: the same action,
 * instrument and polarity, quoted from this sentence, with its own date; the act's own actor is left out.
 */
function sharedAct(
  st: DocState,
  s: Sentence,
  act: Commitment,
  members: readonly ActorMention[],
  rule: string,
  dated: { date: string | null; stage: string },
): Commitment[] {
  const quote = st.text.slice(s.start, s.end);
  const idSeed = stableIdSeedFrom(st.idSeed, `${s.start}|${s.end}|`);
  const out: Commitment[] = [];
  for (const m of members) {
    if (m.kind !== "named" || !m.actor || m.actor.name === act.actor) continue;
    out.push({
      ...act,
      id: `c-${stableIdFromParts(idSeed, [act.action, m.actor.name, act.instrumentId ?? act.instrument, act.polarity])}`,
      actor: m.actor.name,
      date: dated.date,
      confidence: Math.round(Math.max(0.05, act.confidence - 0.15) * 100) / 100,
      source: { doc: st.doc.id, start: s.start, end: s.end, quote },
      stages: ["sentence", "actor:named", ...act.stages.filter((x) => x.startsWith("instrument:")), `link:${rule}`, `polarity:${act.polarity}`, dated.stage],
    });
  }
  return out;
}

/** An instrument a table row names in its own cell ("BWM 2004", "MARPOL Annex VI"): the catalog's if it knows the name, else as written. */
function ownInstrument(text: string): InstrumentMention {
  const entry = resolveInstrument(text);
  return { from: 0, to: 0, kind: "named", text, entry, type: entry?.type ?? "treaty" };
}

/** Records for the states a tracker's list line or table row names (stages/sections.ts). */
/** Words that make a heading's capitalised phrase a reference, not a name ("TO NEITHER AMENDMENT"). */
const NOT_A_NAME = new Set(["neither", "both", "either", "no", "all", "any"]);

/**
 * The instrument a heading's part names for its act ("PARTY TO THE LONDON AMENDMENT, NOT YET TO THE COPENHAGEN AMENDMENT"): the
 * part's own; when the part names none, the heading's first ("Arms Trade Treaty - signed, not ratified"); undefined when the
 * heading names none (the text's topic then); null when the part names one that cannot be read ("TO NEITHER AMENDMENT").
 */
function headingInstrument(heading: Sentence, part: readonly [number, number] | undefined): InstrumentMention | null | undefined {
  const named = heading.instruments.filter((m) => m.text);
  if (!part || named.length === 0) return undefined;
  const startOf = (m: InstrumentMention) => (heading.tokens[m.from] as Token).start;
  const inPart = named.filter((m) => startOf(m) >= part[0] && startOf(m) < part[1]);
  const readable = (m: InstrumentMention) => !NOT_A_NAME.has((heading.tokens[m.from] as Token).lower);
  if (inPart.length > 0) return inPart.find(readable) ?? null;
  // A part that names an instrument the heading's analysis did not read is not the first part's ("…, NOT YET TO THE X AMENDMENT").
  if (heading.tokens.some((t) => t.start >= part[0] && t.start < part[1] && HEADS.hasToken(t))) return null;
  return named.find(readable) ?? null;
}

const NAME_WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => (text.match(NAME_WORD) ?? []).map((w) => w.toLowerCase());

/**
 * The instrument a table's column header names, by the words of a name the text gave before the table ("1970 UNESCO" for
 * "the 1970 UNESCO Convention on …", "Nicosia" for "… (Nicosia Convention, CETS No. 221)"), or null.
 */
function columnInstrument(st: DocState, header: string, before: number, sentenceAt: (i: number) => Sentence): InstrumentMention | null {
  // ("Resolution 78/230 (2023)": the year in brackets is no word of the name the text gives it.)
  const wanted = wordsOf(header.trim().replace(BRACKETED_YEAR, ""));
  if (wanted.length === 0) return null;
  for (let j = 0; j < before; j++) {
    const s = sentenceAt(j);
    for (const m of s.instruments) {
      if (!m.text || m.kind === "anaphor") continue;
      // "| Aarhus Convention | GMO amendment |" after "the GMO amendment to the Aarhus Convention": the parent an amendment is named by
      // is the first column's, the amendment the second's.
      if (m.about?.text && wanted.every((w) => wordsOf(m.about?.text ?? "").includes(w))) return m.about;
      // The name with the bracket after it, which may give its short name.
      const end = (s.tokens[m.to - 1] as Token).end;
      const bracket = st.text.startsWith(" (", end) ? st.text.slice(end, st.text.indexOf(")", end) + 1 || end) : "";
      const words = new Set(wordsOf(m.text + bracket));
      // ("| UN Convention |" over "the United Nations Convention against Cybercrime".)
      if (words.has("united") && words.has("nations")) words.add("un");
      // (Not an amendment or protocol of the header's instrument: "| Convention against Torture |" is not "the HFC amendment to the
      // Convention against Torture".)
      if (wanted.every((w) => words.has(w)) && !CHILD_WORDS.some((w) => words.has(w) && !wanted.includes(w))) return m;
    }
  }
  // A header that names a catalogued instrument by itself.
  const entry = catalogIndex().resolveByWords(header, null);
  return entry ? instrumentMention(0, 0, "catalog", entry.name, entry, entry.type) : null;
}
const BRACKETED_YEAR = /\((?:1[89]|20)\d\d\)$/u;
/** A column header that names a text by its kind: "Second Protocol", "UN Convention", "Kigali Amendment". */
const NAMED_COLUMN = /\b(?:Convention|Protocol|Treaty|Agreement|Amendment|Covenant|Charter|Statute)s?\b/u;
/** Words that make a name another instrument's child. */
const CHILD_WORDS = ["amendment", "amendments", "protocol", "optional", "additional"];

/**
 * The records of a tracker section's or table's lines. A vote cell without a date of its own ("| Ghana | In favour |" under a
 * resolution's column) takes the day the text says that resolution was adopted (`adoptedOn`).
 */
function sectionRecords(
  st: DocState,
  s: Sentence,
  lines: readonly SectionLine[],
  ctx: DocumentContext,
  sentenceAt: (i: number) => Sentence,
  adoptedOn: (instrument: string) => string | null,
): Commitment[] {
  const out: Commitment[] = [];
  const columns = new Map<string, InstrumentMention | null>();
  const columnOf = (header: string, before: number) => {
    let m = columns.get(header);
    if (m === undefined) columns.set(header, (m = columnInstrument(st, header, before, sentenceAt)));
    return m;
  };
  const quote = st.text.slice(s.start, s.end);
  const idSeed = stableIdSeedFrom(st.idSeed, `${s.start}|${s.end}|`);
  for (const line of lines) {
    for (const act of line.acts) {
      const fits = BINDING_ACTIONS.has(act.action) ? bindable : anyInstrument;
      const own = act.instrument || line.kind !== "section" ? undefined : headingInstrument(sentenceAt(line.heading), act.part);
      if (own === null) continue;
      // A notification's action line is under the line that names its instrument ("Convention on Special Missions (New York, …)").
      const named = line.kind === "notice" ? s.instruments.filter((m) => m.text && m.kind !== "anaphor" && fits(m)).pop() : undefined;
      // A tracker's later sections list the same instrument as its first, whatever a note between them names ("Serbia and Japan
      // have been Parties to the Convention itself since 2009" between the Protocol's RATIFIED and SIGNED sections).
      let topic: InstrumentMention | null | undefined;
      if (!act.instrument && own === undefined && !named && line.kind === "section") {
        const earlier =
          st.sectionTopic && st.sectionTopic.heading !== line.heading && fits(st.sectionTopic.instrument) ? st.sectionTopic.instrument : undefined;
        // (Not an instrument named in a bracketed aside of a line before: "– A – accession (A acceded to Y on the same day)".)
        topic = earlier ?? ctx.principalTopic(fits) ?? ctx.topic(line.heading, fits, true);
        if (topic && !st.sectionTopic) st.sectionTopic = { heading: line.heading, instrument: topic };
      }
      const column = act.column ? columnOf(act.column, line.heading) : null;
      // A column whose header names a text the document does not ("| Second Protocol |" with no such protocol named): not another text.
      if (act.column && !column && NAMED_COLUMN.test(act.column)) continue;
      const inst = act.instrument ? ownInstrument(act.instrument) : (column ?? own ?? named ?? topic ?? ctx.topic(line.heading, fits));
      if (!inst?.text) continue;
      // A cell of one word that names no known text is only its kind ("DTA", "MoU", "BIT"): which one is unknown.
      if (act.instrument && !inst.entry && !/\s/u.test(act.instrument.trim())) continue;
      const instrumentId = inst.entry?.id ?? null;
      const date = act.date ?? (act.action === "supported" ? adoptedOn(inst.text) : null);
      out.push({
        id: `c-${stableIdFromParts(idSeed, [act.action, act.actor.name, instrumentId ?? inst.text, act.polarity])}`,
        actor: act.actor.name,
        action: act.action,
        instrument: inst.text,
        instrumentId,
        instrumentName: inst.entry?.name ?? null,
        instrumentType: inst.entry?.type ?? inst.type,
        date,
        polarity: act.polarity,
        confidence: inst.entry ? 0.75 : 0.7,
        source: { doc: st.doc.id, start: s.start, end: s.end, quote },
        stages: [
          "sentence",
          "actor:named",
          act.instrument ? "instrument:cell" : `instrument:${inst.kind}:topic`,
          `link:${line.kind === "table" ? "table-row" : line.kind === "notice" ? "notice-line" : "section-list"}`,
          `polarity:${act.polarity}(${line.kind === "section" ? "heading" : "cell"})`,
          act.date ? "date:stated" : date ? "date:adoption" : "date:none",
        ],
      });
    }
  }
  return out;
}

const QUESTION_END = /\?\s*$/u;
const ANSWER = /^\s*(yes|no)(?!\w)/iu;

/** A yes/no question's records take the answer's polarity ("No.": not done, and undated); without an answer they are dropped. */
function answered(records: Commitment[], next: string): Commitment[] {
  const answer = ANSWER.exec(next)?.[1]?.toLowerCase();
  if (!answer) return [];
  if (answer === "yes") return records;
  return records.map((c) => ({
    ...c,
    polarity: "negated",
    date: null,
    stages: [...c.stages.filter((x) => !x.startsWith("polarity:")), "polarity:negated(answer)"],
  }));
}

/** Whether the "Yes" after question i goes on to state an act, in its own sentence or the next one ("Yes. A adhered to X in 2019."). */
function restatedAnswer(view: string, segments: readonly Segment[], i: number, cued: (k: number) => boolean): boolean {
  const answer = segments[i + 1];
  if (!answer) return false;
  if (BARE_ANSWER.test(view.slice(answer.start, answer.end)))
    return i + 2 < segments.length && !PARAGRAPH_BREAK.test(view.slice(answer.end, (segments[i + 2] as Segment).start)) && cued(i + 2);
  return cued(i + 1);
}
const BARE_ANSWER = /^\s*(?:yes|no)[.!]?\s*$/iu;

/**
 * A sentence that only denies the one before: "It has not:", "They did not.", "This is incorrect.", "That is not possible:", "That
 * claim is false.", "Both halves of that sentence are wrong".
 */
const DENIAL =
  /^\s*(?:it|they|he|she)\s+(?:has|have|had|did|does|do)\s+not\s*[:.;]|^\s*(?:this|that)(?:\s+(?:claim|statement|report|assertion))?\s+(?:is|was)\s+(?:not\s+(?:true|correct|accurate|possible|so|the\s+case)|incorrect|inaccurate|untrue|wrong|false|mistaken)(?!\w)|^\s*(?:both|all)\s+(?:halves|parts)\s+of\s+(?:that|this|the)\s+(?:sentence|claim|statement)\s+(?:are|were)\s+(?:wrong|false|incorrect|untrue)(?!\w)/iu;

/** An affirmed record the text denies or contests: negated, with no date. */
function denied(c: Commitment): Commitment {
  return c.polarity === "affirmed"
    ? { ...c, polarity: "negated", date: null, stages: [...c.stages.filter((x) => !x.startsWith("polarity:")), "polarity:negated(denied)"] }
    : c;
}

/** A party's claim: "The Petitioner asserts that …", "Chile claimed that …", "It is alleged that …". */
const CLAIMED = /(?<!\w)(?:asserts?|asserted|claims?|claimed|alleges?|alleged|contends?|contended|maintains?|maintained)\s+that(?!\w)/iu;
/** A consent its actor claims: "Ghana says it has ratified", "claims to have acceded". */
const CLAIMED_CONSENT =
  /(?<!\w)(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained|asserts?|asserted)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:has|have|had)(?!\w)|(?<!\w)(?:claims?|claimed|purports?|purported)\s+to\s+have(?!\w)/iu;
/** A later clause saying the consent is not on record: "…, but no instrument has been deposited", "; the depositary has no record of it". */
const NOT_ON_RECORD =
  /(?:,\s*(?:but|although|though)|;(?:\s*but)?)\s+(?:no\s+(?:such\s+)?(?:instrument|record|deposit|notification)(?!\w)|(?:the|its)\s+(?:[\w-]+\s+){0,3}?depositary\s+(?:has|had|holds|held|lists|listed|shows|showed)\s+no(?!\w)|(?:it|they|he|she)\s+(?:has|have|had)\s+(?:not\s+(?:yet\s+)?deposited|yet\s+to\s+deposit|never\s+deposited)(?!\w))/iu;
/** A clause or sentence that contests the claim before it: "the Respondent denies this", "Chile disputes that". */
const CLAIM_DENIED =
  /^\s*(?:[\w'’.-]+\s+){0,5}?(?:denies|denied|disputes|disputed|contests|contested|rejects|rejected)\s+(?:this|that|it|the\s+(?:claim|assertion|allegation))(?!\w)/iu;

/** The sentence states an act of its own before its "followed" or "so did" (whose act is then that one, not the sentence before's). */
function actBeforeFollowing(view: string, s: Sentence): boolean {
  const at = s.start + view.slice(s.start, s.end).search(SAME_ACT_HINT);
  return s.cues.some((c) => (c.def.form === "verb" || c.def.form === "noun") && (s.tokens[c.from] as Token).start < at);
}

/** A cheap test for sameActAsBefore: "so did", "so have", "followed". */
const SAME_ACT_HINT = /(?<!\w)so (?:did|have|has|had)(?!\w)|(?<!\w)followed(?!\w)|(?<!\w)(?:did|done|does)\sso(?!\w)/iu;
/** The forms of "do" in an elliptical "did so", "has done so", "does so". */
const DO_FORMS = new Set(["did", "done", "does"]);
/** Words between a subject and its "did so": "Peru also did so", "Both have since done so", "Kenya has not yet done so". */
const DONE_SO_AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "also",
  "since",
  "already",
  "not",
  "yet",
  "never",
  "subsequently",
  "likewise",
  "too",
  "both",
  "all",
  "then",
  "later",
]);
const FOLLOW_ENDS = new Set([
  ".",
  ",",
  ";",
  "in",
  "on",
  "last",
  "later",
  "soon",
  "shortly",
  "suit",
  "that",
  "the",
  "this",
  "today",
  "yesterday",
  "afterwards",
  "within",
]);

/**
 * "… so did A, B and C." or "A and B (all) followed (suit) (in 2017).": the states named did the act of the sentence before
 * (its first affirmed record), each a record quoted from this sentence and dated by its own date, if it has one.
 */
/** "that same year", "the same year", "that year": the year of the act before. */
const SAME_YEAR = /(?<!\w)(?:that|the)\s(?:same\s|very\s)?year(?!\w)/iu;
/** "the same month", "that month": the month of the act before. */
const SAME_MONTH = /(?<!\w)(?:that|the)\s(?:same\s|very\s)?month(?!\w)/iu;
/** Units of time after "followed the (same)": "followed the same month", "followed that year". */
const TIME_UNITS = new Set(["day", "week", "month", "year", "afternoon", "morning"]);
/** "It was followed by", "They were followed in 2022 by": a passive of following whose subject is the actor before. */
const PASSIVE_FOLLOW = new Set(["was", "were", "is", "are", "been"]);
const PRONOUN_FOLLOWED = new Set(["it", "they", "this", "these", "has", "have"]);
/** How far a time may stand between "followed" and its "by" ("that same year", "in the following months"). */
const FOLLOW_TIME_REACH = 6;

function sameActAsBefore(st: DocState, view: string, s: Sentence, records: readonly Commitment[], previous: Segment): Commitment[] {
  const act = records.find((c) => c.source.start === previous.start && c.polarity === "affirmed");
  if (!act) return [];
  const t = s.tokens;
  let members: ActorGroup | null = null;
  let negated = false;
  /** The members are a list after a colon ("eight States have done so: A (2011), B (2016)"), which may date each of them. */
  let listed = false;
  for (let k = s.from; k < s.to; k++) {
    const w = (t[k] as Token).lower;
    if (w === "so" && /^(?:did|have|has|had)$/u.test(t[k + 1]?.lower ?? "")) {
      const g = s.groups.find((x) => x.from >= k + 2 && x.from - (k + 2) <= 1);
      members = g ? listAfter(s, g) : null;
      break;
    }
    // "Peru did so in 2019", "Both have since done so", "To date, eight States have done so: A, B and C"; "Kenya has not yet done so".
    // (Not a relative's: "States that have not yet done so", "Chile, which did so in 2018": no subject ends before it.)
    if (DO_FORMS.has(w) && t[k + 1]?.lower === "so") {
      if (t[k + 2]?.text === ":") {
        const g = groupStartingAt(s, k + 3, 1);
        members = g ? listAfter(s, g) : null;
        listed = true;
      } else {
        let end = k;
        while (end > s.from && DONE_SO_AUXILIARIES.has(t[end - 1]?.lower ?? "")) end--;
        members = s.groups.find((x) => x.to === end && x.eligible) ?? null;
      }
      if (members && t.slice(members.to, k).some((x) => x.lower === "not" || x.lower === "never")) negated = true;
      break;
    }
    // "It was followed that same year by A, B and C", "They were followed in 2022 by A": the agents of the passive, after its time.
    if (w === "followed" && PASSIVE_FOLLOW.has(t[k - 1]?.lower ?? "") && PRONOUN_FOLLOWED.has(t[k - 2]?.lower ?? "")) {
      let by = k + 1;
      while (by < s.to && by - k <= FOLLOW_TIME_REACH && t[by]?.lower !== "by" && t[by]?.text !== ",") by++;
      const g = t[by]?.lower === "by" ? groupStartingAt(s, by + 1, 1) : null;
      members = g ? listAfter(s, g) : null;
      break;
    }
    if (w === "followed" && (k + 1 >= s.to || FOLLOW_ENDS.has(t[k + 1]?.lower ?? ""))) {
      // The subject right before ("Mauritius and Guinea followed", "A, B and C all followed").
      let end = k;
      while (end > s.from && /^(?:all|also|soon|both|quickly)$/u.test(t[end - 1]?.lower ?? "")) end--;
      members = s.groups.find((x) => x.to === end) ?? null;
      // ("followed the debate"; not "followed the same month", "followed that year": a time of the act before.)
      const unit = s.tokens[k + 2]?.lower === "same" ? s.tokens[k + 3]?.lower : s.tokens[k + 2]?.lower;
      if ((s.tokens[k + 1]?.lower === "the" || s.tokens[k + 1]?.lower === "this" || s.tokens[k + 1]?.lower === "that") && !TIME_UNITS.has(unit ?? ""))
        members = null;
      break;
    }
  }
  if (!members) return [];
  if (negated) return sharedAct(st, s, { ...act, polarity: "negated" }, members.members, "same-act", { date: null, stage: "date:none" });
  // (A list whose members carry dates of their own, "A (2011), B (2016)", takes none of them for all.)
  const dates = findDates(view, s.start, st.date, s.end);
  const own = !listed || dates.length === 1 ? (dates[0]?.value ?? null) : null;
  // ("It was followed that same year by A, B, which allowed X to enter into force on 1 January 2022": the year of the act before.)
  const sameYear = act.date && SAME_YEAR.test(view.slice(s.start, s.end)) ? act.date.slice(0, 4) : null;
  if (sameYear) return sharedAct(st, s, act, members.members, "same-act", { date: sameYear, stage: "date:from-act" });
  // ("Fiji followed the same month": the month of the act before, when it has one.)
  const sameMonth = act.date && act.date.length >= 7 && SAME_MONTH.test(view.slice(s.start, s.end)) ? act.date.slice(0, 7) : null;
  if (sameMonth) return sharedAct(st, s, act, members.members, "same-act", { date: sameMonth, stage: "date:from-act" });
  return sharedAct(st, s, act, members.members, "same-act", { date: own, stage: own ? "date:stated" : "date:none" });
}

/** A new clause between tokens `from` and `to`: a semicolon, or a comma before "and"/"but". */
function newClauseBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k] as Token;
    if (t.text === ";" || (t.text === "," && (s.tokens[k + 1]?.lower === "and" || s.tokens[k + 1]?.lower === "but"))) return true;
  }
  return false;
}

/** A sentence whose subject is "none" of those just named: "None has yet ratified it.", "None of them has signed the Protocol." */
const NONE_OF_THEM = /^\s*(?:None|Neither)(?:\s+of\s+(?:them|these|those|the\s+\w+))?\s+(?:has|have|had|is|are|was|were)\b/u;
/** Acts "none" of the states before can be said not to have done. */
const NONE_ACTS = new Set(["ratified", "acceded", "signed", "party"]);

/**
 * "None has yet ratified it": each state of the sentence before's affirmed act has not done this sentence's act, on the same
 * instrument ("it"); nothing when the sentence names another instrument or no binding act.
 */
function noneOfThem(st: DocState, s: Sentence, records: readonly Commitment[], previous: Segment): Commitment[] {
  const cue = s.cues.find((c) => c.def.form === "verb" && NONE_ACTS.has(c.def.action));
  // ("None of them has denounced it": a withdrawal not made leaves them where they were.)
  if (!cue || cue.def.withdrawal || s.instruments.some((m) => m.text && m.kind !== "anaphor")) return [];
  const acts = records.filter((c) => c.source.start === previous.start && c.polarity === "affirmed");
  const act = acts[0];
  if (!act) return [];
  const members: ActorMention[] = [];
  for (const c of acts)
    if (c.instrument === act.instrument && !members.some((m) => m.actor?.name === c.actor))
      members.push({ from: 0, to: 0, kind: "named", actor: { name: c.actor, kind: "state" } });
  return sharedAct(st, s, { ...act, actor: "", action: cue.def.action, polarity: "negated" }, members, "none-of-them", { date: null, stage: "date:none" });
}

/** How far a text named inside another's name may follow it ("the protocol on the extension of the treaty"). */
const ATTACHED_REACH = 5;

/**
 * Whether the text named last before token `at` is a reference that could not be resolved: the last such reference, with every
 * resolved text after it part of its own name ("the protocol on the extension of the treaty": words only, no act between), not a
 * text of its own ("…, Malta's partners under the regional protocol, signed X but have not ratified it": X).
 */
function lastNamedUnresolved(s: Sentence, at: number): boolean {
  const u = s.unresolved?.filter((m) => m.to <= at).pop();
  if (!u) return false;
  const attached = (m: InstrumentMention) =>
    m.from - u.to <= ATTACHED_REACH && s.tokens.slice(u.to, m.from).every((t) => t.word) && !s.cues.some((c) => c.from >= u.to && c.from < m.from);
  return s.instruments.every((m) => m.to <= u.from || m.from >= at || attached(m));
}

/** Plural nouns of texts a count may go with ("four instruments", "eleven bilateral agreements"). */
const COUNTED_TEXTS = new Set(["instruments", "agreements", "treaties", "conventions", "protocols", "documents", "memoranda"]);
/** How far before its cue and after it a counted plural of texts is the act's own. */
const COUNTED_REACH = 4;

/** Whether a count of texts ("41 international instruments") stands right around the act's cue. */
function countedTextsAround(s: Sentence, from: number, to: number): boolean {
  for (let k = Math.max(s.from, from - COUNTED_REACH); k < Math.min(s.to, to + COUNTED_REACH); k++) {
    if (!COUNTED_TEXTS.has((s.tokens[k] as Token).lower)) continue;
    // (The count right before the noun or before one adjective: "nine instruments", "eleven bilateral agreements".)
    for (const j of [k - 1, k - 2]) if (j >= s.from && j !== k && COUNT_WORD.test((s.tokens[j] as Token).lower)) return true;
  }
  return false;
}

/** Lower-case words such a head may have before it ("a new bilateral investment agreement"). */
const KIND_MODIFIERS = 3;
/** How far an insertion set off by commas right after the act may run (", in Tashkent,", ", on 5 May 2024,"). */
const INSERTION_REACH = 8;
/** How far before the act a relative pronoun may open its clause ("that the two countries signed"). */
const RELATIVE_REACH = 6;

/** The index of the head of "a"/"an" at `article`, a few lower-case words and a kind of text ("a new agreement"), or -1. */
function kindOfTextAt(s: Sentence, article: number): number {
  const a = s.tokens[article]?.text;
  if (article >= s.to || (a !== "a" && a !== "an")) return -1;
  for (let j = article + 1; j < s.to && j - article <= KIND_MODIFIERS + 1; j++) {
    const t = s.tokens[j] as Token;
    if (KIND_HEADS.has(t.text)) return j;
    if (!t.word || t.text !== t.lower) return -1;
  }
  return -1;
}

/** Whether the act's object, right after its cue (or after an insertion set off by commas), is a kind of text ("signed a protocol"). */
function indefiniteObjectAt(s: Sentence, at: number): boolean {
  let k = at;
  if (s.tokens[k]?.text === ",") {
    let close = k + 1;
    while (close < s.to && close - k <= INSERTION_REACH && s.tokens[close]?.text !== ",") close++;
    if (s.tokens[close]?.text !== ",") return false;
    k = close + 1;
  }
  return kindOfTextAt(s, k) >= 0;
}

/** Whether the act is in a relative clause whose antecedent is a kind of text ("a new agreement that A signed"). */
function indefiniteAntecedentBefore(s: Sentence, cue: number): boolean {
  for (let k = cue - 1; k > s.from && cue - k <= RELATIVE_REACH; k--) {
    const w = (s.tokens[k] as Token).lower;
    if (w !== "that" && w !== "which") continue;
    for (let j = k - 2; j >= s.from && k - j <= KIND_MODIFIERS + 2; j--) if (kindOfTextAt(s, j) === k - 1) return true;
    return false;
  }
  return false;
}

/** How far after its cue an unresolved reference is the act's object. */
const OBJECT_REACH = 4;

/** The draft's cue is followed by a reference to an instrument that could not be resolved. */
function objectUnresolved(s: Sentence, d: Draft): boolean {
  return s.unresolved?.some((m) => m.from >= d.cue.to && m.from - d.cue.to <= OBJECT_REACH) ?? false;
}

/** Whether the sentence says "respectively" (a plain search first: most sentences do not). */
function mentionsRespectively(view: string, s: Sentence): boolean {
  const text = view.slice(s.start, s.end);
  return text.includes("respectively") && RESPECTIVELY.test(text);
}

/** A footnote's marker at the start of its line: "[1]", "[12]". */
const FOOTNOTE_MARK = /^\[(\d{1,3})\]\s/u;

/**
 * The text a footnote's act is on: the last one the sentence that carries its marker names before the marker ("… we have made
 * clear our hope that it remains a State Party [1]." ¶ "[1] Lithuania deposited its instrument of ratification …"), or null.
 */
function footnoteTopic(view: string, s: Sentence, index: number, ctx: DocumentContext, fits: (m: InstrumentMention) => boolean): InstrumentMention | null {
  const mark = FOOTNOTE_MARK.exec(view.slice(s.start, s.start + 8));
  if (!mark) return null;
  const marker = `[${mark[1]}]`;
  for (let j = index - 1; j >= 0; j--) {
    const before = ctx.sentenceAt(j);
    const at = view.slice(before.start, before.end).indexOf(marker);
    if (at <= 0) continue;
    const named = before.instruments.filter((m) => m.text && fits(m) && (before.tokens[m.from] as Token).start < before.start + at);
    return named[named.length - 1] ?? null;
  }
  return null;
}

/** How many lines at the top of a text may be its masthead. */
const MASTHEAD_LINES = 4;
/** A masthead's line: short, in capitals, with no full stop ("REPUBLIC OF SOUTH AFRICA", "THE PRESIDENCY"). */
const mastheadLine = (text: string): boolean => text.length <= 60 && text === text.toUpperCase() && !text.includes(".");

/** A line compared as a headline: lower case, white space folded. */
const foldedLine = (line: string): string => line.trim().replace(/\s+/gu, " ").toLowerCase();

/**
 * A sentence is worth analysing for acts only if it has a cue word (and a cue phrase among its
 * tokens); everything else is analysed lazily, when a reference in a later sentence needs its
 * actors or instruments.
 */
const CUE_HINT = new Caseless(
  /(?<!\w)(?:ratif|acce(?:d|ssion)|sign(?:s|ed|ing|atures?|atory|atories|ers)?(?!\w)|(?:co-?)?sponsor|co-?author|(?:co-?)?penholder|support|vot(?:e|es|ed|ing)(?!\w)|endors|adher|subscri|(?:associat|dissociat|disassociat)(?:e|es|ed)\s(?:itself|themselves)|outside|contracting\s(?:states?|part|governments?)|reaffirm|commit(?:s|ted|ment|ments)?(?!\w)|pledg|adopt|approv|part(?:y|ies)(?!\w)|call(?:s|ed|ing)?\s(?:on|upon|for)(?!\w)|urg(?:e|es|ed|ing)(?!\w)|encourag|invit|appeal|welcom|applau|hail|commend|abstain|abstention|veto|absent\s*:|non-voting\s*:|against\s*[(:]|in\sfavou?r|deposit|join|rejoin|bound\sby|withdr|denounc|reject|pull(?:s|ed|ing)?\sout\sof|exhort|accept|(?:tabled|introduced|presented|submitted|proposed|drafted|prepared|developed|forward)\sby|(?:introducing|presenting)(?!\w)|(?:tabled|introduced|presented|submitted)\s(?:the\s|a\s)?(?:draft|resolution|text)|(?:co-)?drafted(?!\w)|(?:internal|domestic|statutory|constitutional)\s(?:procedures?|requirements)(?!\w)|exchanged?\s(?:the\s)?(?:notifications|diplomatic\snotes)(?!\w)|in\sforce\s(?:for|in)(?!\w)|backed(?!\w)|backing(?!\w)|succeed(?:s|ed)?\sto(?!\w))/iu,
);

export function extractDocument(doc: RawDocument, options: ExtractOptions = {}): DocumentExtraction {
  const { text, title } = prepareDocument(doc);
  const view = normalizeView(text);
  const meta = readMetadata(view);
  const sha = (options.sha256 ?? sha256Hex)(text);
  // A web page's <title> is its title; a text's is its `Title:` line or first line.
  const document: DocumentMeta = { id: doc.id, title: title ?? meta.title, date: meta.date, url: meta.url, sha256: sha };
  const st: DocState = {
    doc,
    text,
    sha,
    date: meta.date,
    idSeed: stableIdSeed(`${doc.id}|${sha}|`),
    adoptedOtherDay: new Set(),
    resolutionDays: new Map(),
    ownActs: new Map(),
    reviewDay: () => null,
    observationsDay: () => null,
    votedOnMotion: () => false,
  };
  const headline = meta.titleFromHeader ? foldedLine(meta.title) : null;
  const segments = withoutEnclosingBrackets(view, outsideRanges(splitSentences(view, meta.bodyStart), meta.excluded));
  let reviewed: string | null | undefined;
  st.reviewDay = () => (reviewed === undefined ? (reviewed = dayAfter(REVIEWED, view, segments, st.date)) : reviewed);
  const segmentText = (k: number) => view.slice((segments[k] as Segment).start, (segments[k] as Segment).end);
  const put: PutToVote[] = [];
  st.votedOnMotion = (i) => motionVote(segmentText, (k) => (put[k] ??= putToVote(segmentText(k))), sentenceAt, i);
  let observed: string | null | undefined;
  st.observationsDay = () => (observed === undefined ? (observed = dayAfter(OBSERVATIONS_ADOPTED, view, segments, st.date)) : observed);
  // A body line repeating the `Title:` header, in any case ("HUMAN RIGHTS COUNCIL ADOPTS …"), is a headline: context for
  // references, not a statement of record.
  const isHeadline = (seg: Segment) =>
    headline !== null &&
    seg.end - seg.start >= headline.length &&
    seg.end - seg.start < 2 * headline.length + 8 &&
    foldedLine(view.slice(seg.start, seg.end)) === headline;

  // Organisations the text says what they are ("Caribbean Marine Watch is a regional network of …"): actors by name, and its "we".
  const described = describedBodies(view, segments);
  // A summary record's speakers by name and State ("Mr. Joseph (Haiti)"), for their later mentions by name alone (stages/speakers.ts).
  const speakers = speakersOf(view);
  // Paragraphs that open with a verb under a preamble ("The Conference …:", "1. Adopts X;"), by their preamble (stages/operative.ts).
  const operative = operativeParagraphs(view, segments);
  const tokenized: Array<Tokenized | undefined> = new Array(segments.length);
  const tokenizedAt = (i: number): Tokenized => (tokenized[i] ??= tokenizeSentence(view, segments[i] as Segment));
  const analysed: Array<Sentence | undefined> = new Array(segments.length);
  const acronyms = new Map<string, InstrumentMention>();
  /** Short names the text defines in quotes for the texts before them, by shortNameKey. */
  const shortNames = new Map<string, InstrumentMention>();
  const symbols = new Map<string, InstrumentMention>();
  const bodies = new Map<string, Actor>();
  let defining: number[] | null = null;
  /** The sentences that define an acronym, in order (found once, when a sentence is first analysed). */
  const definitions = (): number[] => (defining ??= segments.flatMap((seg, j) => (definesAcronym(view.slice(seg.start, seg.end)) ? [j] : [])));
  let symbolLike: number[] | null = null;
  /** The sentences that hold a short symbol or may name one in full ("L.41", "A/C.1/80/L.41"), in order (found once). */
  const symbolSentences = (): number[] => (symbolLike ??= segments.flatMap((seg, j) => (SHORT_SYMBOL_HINT.test(view.slice(seg.start, seg.end)) ? [j] : [])));
  // Analysis of sentence i, computed once; references are resolved in document order.
  const sentenceAt = (i: number): Sentence => {
    let s = analysed[i];
    if (!s) {
      // A short symbol ("L.41") is read by the full one named before it: the sentences before are analysed first (only then).
      const seg = segments[i] as Segment;
      // (Only those that may name one: a full symbol ends in its short one.)
      const symbolic = symbolSentences();
      if (i > 0 && symbolic.includes(i)) for (const j of symbolic) if (j >= i - SYMBOL_HISTORY && j < i) sentenceAt(j);
      // The bodies defined before are known first: "The Coastal States Forum (CSF) met … The CSF reaffirmed its commitment to X".
      for (const j of definitions()) {
        if (j >= i) break;
        sentenceAt(j);
      }
      s = analyse(view, seg, tokenizedAt(i), acronyms, symbols, bodies, described, speakers);
      tokenized[i] = undefined; // the analysis holds the tokens now
      // "1. Adopts the Lusaka Plan of Action …;": an operative paragraph's subject is its preamble's.
      const preamble = operative.get(i);
      const subject = preamble !== undefined ? preambleSubject(sentenceAt(preamble), view) : null;
      const group = subject ? operativeSubject(s, subject) : null;
      if (group) s.groups.unshift(group);
      expandChildren(s);
      analysed[i] = s;
      const current = s;
      for (const m of s.instruments) {
        const acronym = m.kind !== "anaphor" && m.text ? DEFINED_ACRONYM.exec(m.text)?.[1] : undefined;
        if (acronym && !acronyms.has(acronym)) acronyms.set(acronym, m);
        const short = shortSymbolOf(m);
        if (short && !symbols.has(short)) symbols.set(short, m);
      }
      if (st.date) for (const m of s.instruments) if (m.type === "resolution" && m.kind !== "anaphor") noteAdoptedOtherDay(st, view, s, m);
      for (const m of s.instruments) if (m.type === "resolution" && m.kind !== "anaphor") noteSession(st, m);
      // (A short name defined before names its text: "the Abidjan Convention" after '… Region (the "Abidjan Convention")'.)
      if (shortNames.size > 0)
        current.instruments = current.instruments.map((m) => {
          const long = m.kind !== "anaphor" && m.text ? shortNames.get(shortNameKey(m.text)) : undefined;
          return long && long.text !== m.text ? { ...long, from: m.from, to: m.to, about: undefined } : m;
        });
      current.instruments = withDocumentSymbols(current);
      // ("the UN Convention against Cybercrime … signed the UN Convention": the shorter name is the longer one given before.)
      current.instruments = current.instruments.map((m) => {
        const long = ctx.longerName(m, current, i);
        return long ? { ...m, text: long.text, entry: long.entry, type: long.type } : m;
      });
      const unresolved: InstrumentMention[] = [];
      // (A set reference, "neither Convention", "signed them", waits for the sentences before it to be resolved: settledAt.)
      current.instruments = current.instruments.filter((m) => m.pair || ctx.resolveInstrument(m, current, i) || (unresolved.push(m), false));
      for (const m of current.instruments) if (m.kind === "named" && m.entry === null) childOfReference(m, current, i);
      if (unresolved.length > 0) current.unresolved = unresolved;
      // "remains committed to the agreement on the regulation of maritime navigation in Khor Abdullah", naming no agreement before:
      // the text as the sentence describes it, an object of its own acts only (as "a joint statement on X" is).
      for (const m of unresolved)
        if (m.subjectTo !== undefined && m.subjectTo > m.to) {
          const text = current.tokens
            .slice(m.from + 1, m.subjectTo)
            .map((t) => t.text)
            .join(" ");
          current.described = [...(current.described ?? []), describedMention(m.from, m.subjectTo, text, m.type, m.head)].sort((a, b) => a.from - b.from);
        }
      // "the Convention, known by its Spanish acronym CIADDIS, …": the acronym names the text from there on.
      let definition: { from: number; to: number } | null = null;
      const defined: Array<{ from: number; to: number }> = [];
      for (const m of current.instruments) {
        const acronym = m.text ? acronymKnownAfter(current.tokens, m.to) : null;
        if (acronym && !acronyms.has(acronym)) acronyms.set(acronym, { ...m, kind: m.entry ? "catalog" : "named" });
        // ("X (the Montreal Protocol 2014, or MP14)": the short name the brackets define is X again, not a text of its own.)
        if (acronym && current.tokens[m.to]?.text === "(") definition = { from: m.to, to: current.tokens.findIndex((t, k) => k > m.to && t.text === ")") };
        // 'the Convention for Co-operation in … (the "Abidjan Convention"), which Ghana ratified': a short name the brackets define in
        // quotes is the text before them, not a text of its own; it names that text from there on (below), and the text's mention
        // takes in the brackets, so that what follows them follows it.
        const close = m.kind !== "anaphor" && m.text ? quotedDefinitionEnd(current.tokens, m.to) : -1;
        if (close > 0) {
          const inner = current.instruments.find((x) => x !== m && x.from > m.to && x.to <= close && x.kind !== "anaphor" && x.text);
          if (inner) {
            if (!m.entry && inner.entry) [m.entry, m.type] = [inner.entry, inner.entry.type];
            const key = shortNameKey(inner.text);
            if (!shortNames.has(key)) shortNames.set(key, { ...m, kind: m.entry ? "catalog" : "named" });
          }
          defined.push({ from: m.to, to: close });
          m.to = close + 1;
        }
      }
      if (definition) {
        const { from, to } = definition;
        current.instruments = current.instruments.filter((x) => x.from < from || x.to > to);
      }
      if (defined.length > 0) current.instruments = current.instruments.filter((x) => !defined.some((d) => x.from >= d.from && x.to <= d.to));
    }
    return s;
  };
  /**
   * "the Optional Protocol to the Convention", "the relevant Protocols to the Treaty": a child named by a reference to its parent
   * is the child of the instrument the reference stands for ("… to the Convention on the Rights of Persons with Disabilities").
   */
  const childOfReference = (m: InstrumentMention, s: Sentence, i: number): void => {
    const bare = CHILD_OF_REFERENCE.exec(m.text);
    if (!bare) return;
    // ("the Protocol to that Convention on Matters specific to Aircraft Equipment": the child's own subject after its parent's name.)
    const [, child, named, referred, subject = ""] = bare as unknown as [string, string, string | undefined, string | undefined, string | undefined];
    const head = (named ?? referred) as string;
    const parent = instrumentMention(m.from, m.to, "anaphor", "", null, typeOfHead(head) ?? "treaty", head.toLowerCase());
    if (!ctx.resolveInstrument(parent, s, i) || !parent.text || CHILD_OF_REFERENCE.test(parent.text)) return;
    m.text = `${child} to ${/^the\s/iu.test(parent.text) ? "" : "the "}${parent.text}${subject}`;
    m.entry = catalogIndex().resolveByWords(m.text, m.type);
    if (m.entry) m.type = m.entry.type;
  };
  /** The sentence being read for records: the sentences before it are resolved. */
  let reading = 0;
  /**
   * Sentence i with its set references expanded ("neither Convention", "signed them": the instruments named before, each a mention
   * at the reference's place). Only once the sentences before it are resolved: a reference with nothing before it looks ahead,
   * analysing later sentences while earlier ones are still being resolved.
   */
  const settled = new Uint8Array(segments.length);
  const settledAt = (i: number): Sentence => {
    const s = sentenceAt(i);
    if (settled[i] === 1 || i > reading) return s;
    settled[i] = 1;
    if (s.instruments.some((m) => m.pair))
      s.instruments = s.instruments.flatMap((m) =>
        m.pair ? ctx.resolvePair(m, s, i).map((x) => ({ ...x, from: m.from, to: m.to, kind: "anaphor" as const, pair: undefined, fromSet: true })) : [m],
      );
    return s;
  };
  /** Sentence i as the rules look back at it: settled when it comes before the one being read. */
  const resolvedAt = (i: number): Sentence => (i < reading ? settledAt(i) : sentenceAt(i));
  // The state a document speaks for when nothing before a "we" names one: the first in its title line, or in the masthead lines
  // above its first line of text ("THE PRESIDENCY ¶ REPUBLIC OF SOUTH AFRICA ¶ STATE OF THE NATION ADDRESS").
  let principalStates: Actor[] | null = null;
  const principal = (): Actor[] => {
    if (principalStates) return principalStates;
    for (let i = 0; i < Math.min(segments.length, MASTHEAD_LINES); i++) {
      const seg = segments[i] as Segment;
      if (i > 0 && !mastheadLine(view.slice(seg.start, seg.end))) break;
      const line = sentenceAt(i);
      const states = line.groups.flatMap((g) => g.members.flatMap((m) => (m.actor?.kind === "state" ? [m.actor] : [])));
      if (states.length > 0) return (principalStates = states.slice(0, 1));
    }
    return (principalStates = []);
  };
  // The state a `Title:` header the body does not repeat opens with: "Title: Solomon Islands Voluntary National Review 2025 … ¶ 5.1
  // Why agreements matter … we ratified X" (the text's "we", when nothing else says who speaks).
  let titled: Actor[] | null = null;
  const titleState = (): Actor[] => (titled ??= meta.titleFromHeader ? openingState(meta.title) : []);
  const hints = new OrganisationHints(view, segments);
  /** Sentences' texts in lower case, made once each when a word test asks for them. */
  const folded: Array<string | undefined> = new Array(segments.length);
  const paragraphBetween = (i: number, j: number) => PARAGRAPH_BREAK.test(view.slice((segments[i] as Segment).end, (segments[j] as Segment).start));
  const ctx: DocumentContext = new DocumentContext(
    resolvedAt,
    principal,
    (i, head) => hints.mayName(i, head),
    segments.length,
    paragraphBetween,
    described[0]?.actor ?? null,
    titleState,
    (i, word) => (folded[i] ??= foldedText(view, segments[i] as Segment)).includes(word),
  );
  let records: Commitment[] = [];
  /** The day the records so far say a text was adopted, or null. */
  const adoptedOn = (instrument: string): string | null => records.find((c) => c.action === "adopted" && c.instrument === instrument && c.date)?.date ?? null;
  // Tracker sections: a status heading on its own line over lines that list states (stages/sections.ts).
  const sections = sectionLines(view, segments, sentenceAt, st.date, text);
  /** The last sentence that gave records. */
  let lastActs = -1;
  const cueHint = CUE_HINT.for(view); // chosen for the whole view: a sentence holds no character it lacks
  const onProgress = options.onProgress;
  for (let i = 0; i < segments.length; i++) {
    if (onProgress && i % PROGRESS_EVERY === 0 && i > 0) onProgress(i, segments.length);
    const seg = segments[i] as Segment;
    reading = i;
    // "Canada endorsed X together with 36 other countries. Thirty-five of them are: A, B, …": the list shares the act before it.
    if (i > 0 && lastActs === i - 1 && OF_THEM.test(view.slice(seg.start, Math.min(seg.end, seg.start + 40)))) {
      records.push(...membersOfThem(st, settledAt(i), records, segments[i - 1] as Segment));
      continue;
    }
    // "… have ratified C189: ¶ Americas (18): A, B ¶ Europe (10): C": a labelled line of more members of the list before it.
    if (i > 0 && lastActs === i - 1 && LABELLED_LINE.test(view.slice(seg.start, Math.min(seg.end, seg.start + 60))) && tokenizedAt(i).cueMatches.length === 0) {
      const more = labelledMembers(st, settledAt(i), records, segments[i - 1] as Segment);
      if (more.length > 0) {
        records.push(...more);
        lastActs = i;
        continue;
      }
    }
    // "The Convention now has ten parties. The others are A, B.": a list that names members of the count before it.
    // ("Ten States have ratified X. To date, eight have done so: A, B": likewise.)
    const doneSo = i > 0 && lastActs !== i - 1 && DONE_SO_LIST.test(view.slice(seg.start, seg.end));
    if (i > 0 && lastActs !== i - 1 && (doneSo || COUNT_CONTINUED.test(view.slice(seg.start, Math.min(seg.end, seg.start + COUNT_CONTINUED_REACH))))) {
      const members = membersOfCount(st, view, settledAt(i), settledAt(i - 1), doneSo, () => ctx.topic(i - 1));
      if (members.length > 0) {
        records.push(...members);
        lastActs = i;
        continue;
      }
    }
    // "Update 4 reported that Israel had ratified the Convention. It has not: …": an elliptical denial of the sentence before.
    const contested = i > 0 && lastActs === i - 1 && CLAIM_DENIED.test(view.slice(seg.start, Math.min(seg.end, seg.start + 80)));
    if (
      i > 0 &&
      lastActs === i - 1 &&
      (DENIAL.test(view.slice(seg.start, Math.min(seg.end, seg.start + 60))) ||
        (contested && CLAIMED.test(view.slice((segments[i - 1] as Segment).start, (segments[i - 1] as Segment).end))))
    ) {
      const before = (segments[i - 1] as Segment).start;
      records = records.map((c) => (c.source.start === before ? denied(c) : c));
    }
    const listed = sections.get(i);
    // A tracker line's states act as its heading says; the line's own verb ("- Chile – signed in 2022") adds no act of theirs on
    // whatever text was named last.
    let listedActors: Set<string> | null = null;
    if (listed) {
      const fromSection = sectionRecords(st, settledAt(i), listed, ctx, resolvedAt, adoptedOn);
      records.push(...fromSection);
      listedActors = new Set(fromSection.map((c) => c.actor));
    }
    // "Senegal was the first to ratify the treaty. Mauritius and Guinea followed. Over the next six years, so did A, B and C.":
    // a sentence that only says others did the same shares the act of the one before.
    // (Not a sentence with an act of its own before it: "Senegal was the first State to ratify it, …, and Burkina Faso followed".)
    if (i > 0 && lastActs === i - 1 && SAME_ACT_HINT.test(view.slice(seg.start, seg.end)) && !actBeforeFollowing(view, settledAt(i))) {
      const s = settledAt(i);
      let same = sameActAsBefore(st, view, s, records, segments[i - 1] as Segment);
      if (same.length > 0) {
        // "So did Indonesia, which has not signed the treaty": what the sentence says its States have not done, they did not do.
        const denied = s.cues.length > 0 ? toRecords(st, view, s, i, linkSentence(s), ctx).filter((c) => c.polarity === "negated") : [];
        if (denied.length > 0) same = same.map((c) => denied.find((o) => o.actor === c.actor && o.action === c.action) ?? c);
        records.push(...same);
        lastActs = i;
        continue;
      }
    }
    // "A, B and C also signed X at the ceremony. None has yet ratified it.": the states just named have not done the act.
    if (i > 0 && lastActs === i - 1 && NONE_OF_THEM.test(view.slice(seg.start, Math.min(seg.end, seg.start + 40)))) {
      const none = noneOfThem(st, settledAt(i), records, segments[i - 1] as Segment);
      if (none.length > 0) {
        records.push(...none);
        continue;
      }
    }
    // A cue word may be broken by a soft hyphen or a line-wrap hyphen ("rati-\nfied"): the tokens read it whole, so must the hint.
    if (isHeadline(seg) || !cueHint.test(withoutBreaks(view.slice(seg.start, seg.end)))) continue;
    // A cue word but no cue phrase ("parties to the conflict"): no act, so no analysis (unless a reference needs it).
    if (!analysed[i] && tokenizedAt(i).cueMatches.length === 0) continue;
    const s = settledAt(i);
    if (s.cues.length > 0) {
      let made = toRecords(st, view, s, i, linkSentence(s), ctx);
      // A question asserts nothing ("Has Kenya ratified X?"); the answer after it does ("Is Japan a party to X? No.").
      // "By its terms, the Assembly would call upon …": what a draft says its body would do, not an act of record.
      if (made.length > 0 && BY_ITS_TERMS.test(view.slice(seg.start, Math.min(seg.end, seg.start + 120))))
        made = made.filter((c) => !(c.polarity === "planned" && c.stages.includes("polarity:planned(would)")));
      // 'The Petitioner asserts that Kenya "co-sponsored the draft decision"; the Respondent denies this': a claim the sentence's next
      // clause contests states no act.
      if (made.length > 0 && CLAIMED.test(view.slice(seg.start, seg.end))) {
        const text = view.slice(seg.start, seg.end);
        const semicolon = text.indexOf(";");
        if (semicolon > 0 && CLAIM_DENIED.test(text.slice(semicolon + 1))) made = made.map(denied);
      }
      // "Ghana says it has ratified X, but no instrument has been deposited": a consent claimed that the sentence says is not on
      // record is no consent of record.
      if (made.length > 0 && CLAIMED_CONSENT.test(view.slice(seg.start, seg.end)) && NOT_ON_RECORD.test(view.slice(seg.start, seg.end)))
        made = made.map((c) => (BOUND_ACTIONS.has(c.action) ? denied(c) : c));
      if (made.length > 0 && QUESTION_END.test(view.slice(seg.start, seg.end))) {
        made = answered(made, i + 1 < segments.length ? view.slice((segments[i + 1] as Segment).start, (segments[i + 1] as Segment).start + 8) : "");
        // "Does A support X? Yes. A adhered to X in 2019.": an answer that states the act itself is its record, not the question.
        if (made.length > 0 && made[0]?.polarity !== "negated" && restatedAnswer(view, segments, i, (k) => tokenizedAt(k).cueMatches.length > 0)) made = [];
      }
      if (listedActors) {
        const actors = listedActors;
        made = made.filter((c) => !(actors.has(c.actor) && c.stages.some((x) => x.startsWith("instrument:") && x.endsWith(":topic"))));
      }
      if (made.length > 0) lastActs = i;
      records.push(...made);
    }
  }
  // (An answer to a recommendation says nothing of an act the text says the State did: "| Ratify X (UK) | Supported | Already
  // implemented: Thailand ratified X on 4 June 2018 |".)
  if (records.some((c) => c.stages.includes("link:review-answer"))) {
    // (A signature done answers only a recommendation to sign: "Thailand signed X in 2012" leaves its ratification to come.)
    const key = (c: Commitment, signed: boolean) => `${c.actor}|${c.instrumentId ?? c.instrument}|${signed}`;
    const done = new Set(records.filter((c) => c.polarity === "affirmed" && BINDING_ACTIONS.has(c.action)).map((c) => key(c, c.action === "signed")));
    records = records.filter((c) => !c.stages.includes("link:review-answer") || !done.has(key(c, c.action === "signed")));
  }
  for (const refine of RECORD_REFINERS) records = refine(records);
  onProgress?.(segments.length, segments.length);
  const min = options.minConfidence ?? 0;
  // Validation against the schema happens once, on the way out (extractAll, the CLI).
  const commitments = records.filter((c) => c.confidence >= min);
  return { document, text, commitments };
}
