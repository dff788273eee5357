import type { Action } from "../model/vocabulary";
import { Caseless } from "../text/caseless";
import { bodyStartOf } from "../text/metadata";
import { findDates, isDateWord, monthOf, RELATIVE_DATE_OPENERS, type DateMention } from "./dates";
import { meetingPeople } from "./actors";
import { dashEntry } from "./dashEntries";
import { bracketedDateAt } from "./groups";
import { pastLeaders } from "./groupQueries";
import { ARTICLES } from "./polarity";
import type { InstrumentMention } from "./instruments";
import type { Draft, Sentence } from "./link";

/**
 * Which date a record gets (issue 13, dates). In order:
 *  1. a date the sentence states for the act: the nearest one after its cue, or one that opens the
 *     sentence ("On 14 January 1993 …", "Today I commend … for depositing …"); never a date of
 *     something else ("opened for signature on …", "entered into force on …", "who will chair a
 *     meeting on …") nor the dateline that heads a paragraph ("22 June 2017: …");
 *  2. the next sentence names the act again with its date ("The endorsements were announced on 9 July");
 *  3. a call or welcome takes the date of the statement that makes it;
 *  4. an act the document reports as its news ("… ratified the treaty today") dates the other acts
 *     it lists on the same instrument without a date of their own, unless they are background
 *     ("earlier", "was the first to sign", the list "in the footsteps of" which another acts).
 * Never a date from outside the text: everything resolves against the document's own date.
 */
const MAX_DATE_DISTANCE = 160;
/**
 * A date of an event that is not the act, in the same clause: "opened for signature on", "will
 * chair a meeting on", and another actor's act stated by ellipsis ("unlike Chile, which did so in
 * 2014", "as did Chile in 2016", "Chile followed suit in 2014").
 */
const NOT_THE_ACT = new Caseless(
  /(?<!\w)(?:opened\sfor\ssignature|into\sforce|(?:done|concluded)\s(?:at|in)\s|(?:who|which|that)\s(?:will|shall|is\sto|are\sto)|(?:did|does|do|has|have|had)\s(?:so|likewise|the\ssame)|as\s(?:(?:they|it|we)\s)?(?:did|does|do|has|have|had)|follow(?:ed|s)?\ssuit)\b[^,;()]*$/iu,
);
/** "voted for it": a vote stated with a verb cue. */
const VOTE_VERB = /^vot(?:e|es|ed|ing)$/u;
/** A participle clause between a date and the act ("withdrew in 2019, having ratified it in 2011"): the date is the main clause's. */
const PARTICIPLE_BETWEEN = /[,;]\s*having\s/iu;
/** The gap after a cell of a row laid out in columns: two spaces or more, or a tab. */
const CELL_GAP = /^(?: {2,}|\t)\S/u;
/** How far a column gap after a date may reach ("2 April      The General Assembly adopts …"). */
const CELL_GAP_REACH = 24;
/** What a heading date leaves before itself in its sentence: nothing, a bracket, "date". */
const HEADING_BEFORE = /^[\s[(]*(?:date\s)?$/iu;
/** What follows a chronology entry's date: a dash or a colon ("24 December 2017 – …", "**14/02** – …", "March 2019: …"). */
const ENTRY_AFTER = /^(?:\*\*|__)?(?:\s[-–—]\s|:\s)/u;
/** A dateline's place (and weekday) before its date: "GENEVA, ", "Washington, D.C., Wednesday ". */
const DATELINE_PLACE = /^\s*(?:[A-Z][\p{L}.'’-]*(?:\s[A-Z][\p{L}.'’-]*){0,3},\s)+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?$/u;
/** What closes a dateline after its date: a dash, or a source in brackets then a dash ("Dec 17 (Global Wire) –"). */
const DATELINE_END = /^\s?(?:\([^)\n]{1,30}\)\s?)?[-–—]\s/u;
/** What opens a sentence before a date that scopes over all its acts ("On", "In", "Today"). */
const OPENING_BEFORE = /^[\s"“]*(?:on|in|during|since|at|by)?\s?$/iu;
/** How far into a sentence a date that opens it may end ("On Wednesday, 4 September 2024"). */
const OPENING_REACH = 48;
/** The next sentence names the act itself ("The endorsements were …", "… signed the accession instrument …"). */
const ACT_AGAIN = new Caseless(
  /^\W*(?:the\s)?(?:endorsements?|accessions?|ratifications?|signatures?|deposits?|adherence)(?!\w)|(?<!\w)(?:accession|ratification)\sinstrument(?!\w)|(?<!\w)instruments?\sof\s(?:accession|ratification)(?!\w)/iu,
);
/** A named instrument in a sentence: then it is about that one, not about the act before. */
const NAMED_INSTRUMENT = /\b(?:Convention|Treaty|Protocol|Agreement|Statute|Declaration|Covenant|Amendment|Principles|Resolution)\b/u;
/** A clause boundary inside a sentence. */
const CLAUSE_END = /;/u;
/** What joins a text's name to its year: "the Geneva Conventions of 1949". */
const NAME_YEAR_JOIN = /^\s+of\s+$/u;
/** A coordinated clause's opening right before a date: "…, and in 2023", "…, but on 15 March". */
const CLAUSE_OPENING = /,\s+(?:and|but)\s+(?:(?:in|on|by|at|during)\s+)?$/u;
const SENTENCE_END = /[.!?](?=\s)|\n/u;
const NEWS_ACTIONS: ReadonlySet<Action> = new Set<Action>(["ratified", "acceded", "party", "signed", "endorsed"]);
/** An act word of the genre, for finding the sentence that reports the document's news. */
const ACT_WORD = new Caseless(
  /(?<!\w)(?:sign(?:s|ed|ing|atures?)|ratif(?:y|ies|ied|ying|ications?)|acce(?:de[ds]?|ding|ssions?)|deposit(?:s|ed|ing)?|endors(?:e|es|ed|ing|ements?)|adher(?:e|es|ed|ing)|join(?:s|ed|ing)|launch(?:es|ed)|treaty\sactions?)(?!\w)/iu,
);
/** What a day-precise relative date needs: "today", "yesterday" and the weekdays all end in "day". */
const DAY = /day/iu;
/** Background acts, not the document's news. */
const BACKGROUND = new Caseless(
  /(?<!\w)(?:earlier|previously|formerly|recent(?:ly)?|ago|after|before|since|had\s(?:signed|ratified|acceded|deposited|endorsed|joined)|first\s(?:\w+\s){0,2}to\s(?:sign|ratify|accede|join|endorse))(?!\w)/iu,
);
const WORD = /[A-Za-z]{4,}/gu;
const STOP_WORDS = new Set([
  "convention",
  "treaty",
  "protocol",
  "agreement",
  "optional",
  "international",
  "nations",
  "united",
  "with",
  "from",
  "their",
  "that",
]);
/** How far into the body the document's news is looked for. */
const NEWS_SEARCH = 1500;

const tokenStart = (s: Sentence, i: number) => (s.tokens[i] as { start: number }).start;

function instrumentSpans(s: Sentence): Array<readonly [number, number]> {
  return s.instruments.map((m) => [tokenStart(s, m.from), (s.tokens[m.to - 1] as { end: number }).end] as const);
}

/** The distance from a cue to a date, not counting the instrument names between them (a long title is one thing). */
function distance(spans: Array<readonly [number, number]>, cueAt: number, at: number): number {
  const [lo, hi] = cueAt < at ? [cueAt, at] : [at, cueAt];
  let d = hi - lo;
  for (const [a, b] of spans) if (a >= lo && b <= hi) d -= b - a;
  return d;
}

/**
 * "On that date", "that same year", "the same day", "that first day", "on the day": a date the text stated before (in the sentence, else in one of
 * the three before it), as precise as the phrase says ("that same year" after "in June 2021" is 2021).
 */
const DATE_ANAPHOR =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\sof\s)?(?:[Tt]hat\s(?:(?:same|very|first)\s)?|[Tt]he\s(?:same|very|first)\s|(?<=\b[Oo]n\s)the\s(?=day\b(?!\s(?:of|it|that|when|before|after)\b)))(day|date|month|year)\b/gu;
const DATE_ANAPHOR_HINT = /(?<!\w)(?:that|same|very|first)\s(?:day|date|month|year)(?!\w)|(?<!\w)day\sof\sits\sadoption(?!\w)|(?<!\w)on\sthe\sday(?!\w)/iu;
/** "On the day of its adoption the Treaty was signed by …": the day a sentence before says the text was adopted. */
const ADOPTION_DAY = /\b[Tt]he\s(?:very\s)?day\sof\sits\sadoption\b/gu;
/** A date said to be an adoption's: "adopted on 22 November 2024", "adopted by the Conference on 22 November 2024". */
const ADOPTED_BEFORE = /\badopted\b[^.;]{0,60}$/u;
const ANAPHOR_REACH = 3;
/** What is left of a line that is only a date: emphasis, a colon, a dash. */
const ALL_THE_LINE = /^[\s*_|:.–—-]*$/u;
const SAME_AS = /^\sas\s/u;
const APPOSED_DATE = /^,\s?\d|^\s\(\d/u;

/** Every date a sentence states outside its instruments' names (a date anaphor's antecedents). */
export function statedDates(view: string, s: Sentence, docDate: string | null): DateMention[] {
  const spans = instrumentSpans(s);
  // (Not a dateline, which heads its line: "12 March 2021" under a headline dates the document, not an event it names.)
  // (But a chronology's entry date is: one not the document's own that is all its line says, or that a dash or a column follows,
  // "27 September 2018 ¶ Opening for signature. Fourteen countries sign that day".)
  const entry = (x: DateMention) =>
    x.value !== docDate &&
    (ALL_THE_LINE.test(view.slice(x.end, s.end)) || ENTRY_AFTER.test(view.slice(x.end, x.end + 6)) || CELL_GAP.test(view.slice(x.end, x.end + CELL_GAP_REACH)));
  return findDates(view, s.start, docDate, s.end).filter(
    (x) => !spans.some(([a, b]) => x.start < b && x.end > a) && (x.relative || !HEADING_BEFORE.test(view.slice(s.start, x.start)) || entry(x)),
  );
}

/** The date anaphors of sentence `s`, each with its antecedent's date; `before(k)` gives the dates of the k-th sentence before. */
export function anaphoricDates(view: string, s: Sentence, docDate: string | null, before: (k: number) => DateMention[]): DateMention[] {
  const text = view.slice(s.start, s.end);
  if (!DATE_ANAPHOR_HINT.test(text)) return [];
  const out: DateMention[] = [];
  let own: DateMention[] | null = null;
  for (const m of text.matchAll(DATE_ANAPHOR)) {
    const at = s.start + (m.index ?? 0);
    const end = at + m[0].length;
    // "on the same day as Japan": another's day, which this sentence does not give; "on that day, 14 February 1967": the date in
    // apposition says which.
    if (SAME_AS.test(view.slice(end, end + 4)) || APPOSED_DATE.test(view.slice(end, end + 3))) continue;
    own ??= statedDates(view, s, docDate);
    let antecedent = own.filter((x) => x.end <= at).pop();
    for (let k = 1; !antecedent && k <= ANAPHOR_REACH; k++) antecedent = before(k).pop();
    if (!antecedent) continue;
    const unit = (m[2] as string).toLowerCase();
    // ("in December of that year": the month the phrase names, in the year before.)
    const month = m[1] && unit === "year" ? `-${String(monthOf(m[1])).padStart(2, "0")}` : "";
    const value = unit === "year" ? antecedent.value.slice(0, 4) + month : unit === "month" ? antecedent.value.slice(0, 7) : antecedent.value;
    out.push({ start: at, end, value, relative: antecedent.relative });
  }
  for (const m of text.matchAll(ADOPTION_DAY)) {
    const at = s.start + (m.index ?? 0);
    const adopted = (x: DateMention) => x.value.length === 10 && ADOPTED_BEFORE.test(view.slice(Math.max(0, x.start - 80), x.start));
    own ??= statedDates(view, s, docDate);
    let antecedent = own.filter((x) => x.end <= at && adopted(x)).pop();
    for (let k = 1; !antecedent && k <= ANAPHOR_REACH; k++) antecedent = before(k).filter(adopted).pop();
    if (antecedent) out.push({ start: at, end: at + m[0].length, value: antecedent.value, relative: antecedent.relative });
  }
  return out;
}

/** Between a relative time and the exact date that restates it: "Last year, on June 23, 2021", "earlier this month (on 4 May)". */
const RESTATED_BY = /^\s*(?:[,(–—-]\s*)?(?:(?:on|in)\s+)?$/u;

/** The dates a sentence states, near its cues, without those inside instrument names ("the 2005 Amendment") or that head it. */
export function sentenceDates(view: string, s: Sentence, docDate: string | null): DateMention[] {
  const spans = instrumentSpans(s);
  const names = spans.reduce((n, [a, b]) => n + (b - a), 0);
  const cueStarts = s.cues.map((c) => tokenStart(s, c.from));
  const from = Math.max(s.start, Math.min(...cueStarts) - MAX_DATE_DISTANCE - names);
  const to = Math.min(s.end, Math.max(...cueStarts) + MAX_DATE_DISTANCE + names);
  let found = findDates(view, from, docDate, to).filter((x) => !spans.some(([a, b]) => x.start < b && x.end > a));
  // A date that opens the sentence ("On 9 May 2025 in Lviv, the ministers of … endorsed X") however far its act is.
  if (from > s.start) {
    const opening = findDates(view, s.start, docDate, Math.min(s.end, s.start + OPENING_REACH)).filter((x) =>
      OPENING_BEFORE.test(view.slice(s.start, x.start)),
    );
    if (opening.length > 0) found = [opening[0] as DateMention, ...found.filter((x) => x.start >= (opening[0] as DateMention).end)];
  }
  return found.filter((x, i) => {
    // "Last year, on June 23, 2021, …": a relative time its exact date right after restates is that date.
    const next = found[i + 1];
    if (x.relative && next && !next.relative && next.value.startsWith(x.value) && RESTATED_BY.test(view.slice(x.end, next.start))) return false;
    const before = view.slice(s.start, x.start);
    // (Not a table's date column: "07/03/2023   Belize deposits its instrument of ratification of X" dates its row.)
    // (Nor a chronology's entry, "24 December 2017 – The General Assembly adopts …", "- **14/02** – Sierra Leone signs.": its act's.)
    if (
      HEADING_BEFORE.test(before) &&
      !x.relative &&
      !CELL_GAP.test(view.slice(x.end, x.end + CELL_GAP_REACH)) &&
      !ENTRY_AFTER.test(view.slice(x.end, x.end + 6))
    )
      return false;
    // "GENEVA, 3 March 2025 – Kenya deposited … on 2 March": a dateline on the body's first line dates the document, not the act.
    if (!x.relative && DATELINE_PLACE.test(before) && DATELINE_END.test(view.slice(x.end, x.end + 40))) return false;
    // "the Joint Convention on … (Vienna, 5 September 1997)": the place and day a text was adopted, in brackets after its name.
    if (spans.some(([, b]) => b <= x.start && NAME_PLACE_BEFORE.test(view.slice(b, x.start))) && NAME_PLACE_AFTER.test(view.slice(x.end, x.end + 3)))
      return false;
    const prev = found[i - 1];
    return !notTheAct(view.slice(Math.max(s.start, prev ? prev.end : 0, x.start - 80), x.start));
  });
}
/** A bracket after a name that opens with a place and a comma, up to a date; and its close right after the date. */
const NAME_PLACE_BEFORE = /^\s*\(\s*\p{Lu}[\p{L}.'’ -]{1,30},\s*$/u;
const NAME_PLACE_AFTER = /^\s*\)/u;

/** The date of draft `d` among the sentence's dates: its own (after its cue), or one that opens the sentence. */
export function pickDate(
  view: string,
  s: Sentence,
  d: Draft,
  dates: DateMention[],
  agentIndex: number,
  agentCount: number,
  respectively: boolean,
): DateMention | null {
  if (dates.length === 0) return null;
  const cueAt = tokenStart(s, d.cue.from);
  // A date belongs to the act stated just before it ("signed X on 3 June 2013 and ratified it on
  // 5 December 2014"); a date before every act belongs to the first, and, when it opens the
  // sentence ("In 2016 …", "Today I commend … for depositing"), to every act without its own.
  // (Not a cue word used as an attribute: "at a signing ceremony in Geneva on 12 May 2011" dates the act, not the ceremony's noun.)
  // (Nor a cue word inside a name: "The Conference of States Parties, held in Vienna in June 2022, adopted X" dates the adoption.)
  const owners = s.cues
    .filter((c) => c.def.form !== "pending" && !attributiveCue(s, c) && (c === d.cue || !inName(s, d, c)))
    .map((c) => ({ cue: c, at: tokenStart(s, c.from) }));
  // … unless a clause ends between that act and the date ("… have signed it; today A and B ratified it").
  const ownerOf = (at: number) => {
    for (let k = owners.length - 1; k >= 0; k--) {
      const o = owners[k] as { at: number };
      if (o.at > at) continue;
      const next = owners[k + 1];
      const between = view.slice(o.at, at);
      // (And a time that opens a coordinated clause: "joined the Hague Conference in 2019, and on 15 March 2023 it acceded to X".)
      return next && (CLAUSE_END.test(between) || CLAUSE_OPENING.test(between)) ? next : owners[k];
    }
    return owners[0];
  };
  // "signed X on 3 June 2013, and ratified it in 2015 and 2016 respectively": one date per agent, among the act's own.
  if (respectively) {
    const own = dates.filter((x) => x.start > cueAt && ownerOf(x.start)?.cue === d.cue);
    if (own.length === agentCount && agentCount > 1) return own[agentIndex] ?? null;
  }
  const spans = instrumentSpans(s);
  const firstAct = owners[0]?.at ?? cueAt;
  let best: DateMention | null = null;
  let opening: DateMention | null = null;
  let bestDist = Infinity;
  for (const date of dates) {
    const dist = distance(spans, cueAt, date.start);
    if (date.end <= firstAct && OPENING_BEFORE.test(view.slice(s.start, date.start))) opening ??= date;
    if (dist > MAX_DATE_DISTANCE) continue;
    if (date.end <= cueAt && PARTICIPLE_BETWEEN.test(view.slice(date.end, cueAt))) continue;
    // "party to the four Geneva Conventions of 1949": a year of a text's name, not of the act.
    if (date.value.length === 4 && spans.some(([, end]) => NAME_YEAR_JOIN.test(view.slice(end, date.start)))) continue;
    const owner = ownerOf(date.start);
    if (owner && owner.cue !== d.cue && !sharesDate(view, s, owners, d.cue, owner.cue, date)) continue;
    if (dist < bestDist) {
      best = date;
      bestDist = dist;
    }
  }
  // "Among the early ratifiers, in 1980 and 1981, were A, B and C": coordinated dates shared by several agents, without
  // "respectively", do not say whose is whose.
  if (best && agentCount > 1 && coordinatedWith(view, best, dates)) return null;
  return best ?? opening;
}

/** Whether cue `c` is a word of a name: inside an actor's mention, or a body's "of (the) States Parties", "of the Parties". */
function inName(s: Sentence, d: Draft, c: Draft["cue"]): boolean {
  const within = (m: { from: number; to: number }) => m.from <= c.from && c.to <= m.to;
  if (d.agents.some(within) || s.groups.some((g) => g.members.some(within))) return true;
  if (c.def.form !== "agent") return false;
  const t = s.tokens[c.from] as { text: string; lower: string };
  const before = s.tokens[c.from - 1]?.lower === "the" ? c.from - 2 : c.from - 1;
  return t.text !== t.lower && s.tokens[before]?.lower === "of";
}

/** Adverbs that may open a participle's clause: ", thereby endorsing X,". */
const PARTICIPLE_ADVERBS = new Set(["thereby", "also", "thus"]);
/** Only a conjunction (or a series' comma) between two verbs: "signed and ratified X on 3 December 1997" (not "signed and later ratified X in 2010": two times). */
const VERBS_JOINED = /^\s*(?:,\s*)?(?:(?:and|or)\s*)?$/u;

/**
 * Whether the act of `cue` shares the date `owner`, the act after it, owns: verbs joined on one object ("signed and ratified X
 * on 3 December 1997"); a participle's clause between commas before the date ("adopted resolution 73/195, endorsing the
 * Compact, on 19 December 2018": the main verb's date, and the participle's).
 */
function sharesDate(
  view: string,
  s: Sentence,
  owners: ReadonlyArray<{ cue: Draft["cue"]; at: number }>,
  cue: Draft["cue"],
  owner: Draft["cue"],
  date: DateMention,
): boolean {
  const k = owners.findIndex((o) => o.cue === cue);
  if (k < 0 || owners[k + 1]?.cue !== owner) return false;
  const cueEnd = (s.tokens[cue.to - 1] as { end: number }).end;
  const ownerAt = tokenStart(s, owner.from);
  if (cue.def.form === "verb" && owner.def.form === "verb" && VERBS_JOINED.test(view.slice(cueEnd, ownerAt)) && view.slice(cueEnd, ownerAt).trim() !== "")
    return true;
  const word = (s.tokens[owner.from] as { lower: string }).lower;
  const ownerEnd = (s.tokens[owner.to - 1] as { end: number }).end;
  // (", thereby endorsing X,": an adverb may open the participle's clause.)
  const opens = PARTICIPLE_ADVERBS.has(s.tokens[owner.from - 1]?.lower ?? "") ? owner.from - 2 : owner.from - 1;
  return word.endsWith("ing") && s.tokens[opens]?.text === "," && /,\s*(?:(?:on|in)\s+)?$/u.test(view.slice(ownerEnd, date.start));
}

/** "in 1980 and 1981", "on 3 and 5 May": a date coordinated with another of the sentence's. */
const COORDINATION = /^\s*(?:,|and|or|,\s*and)\s*$/u;

function coordinatedWith(view: string, date: DateMention, dates: readonly DateMention[]): boolean {
  return dates.some((x) => x !== date && COORDINATION.test(x.start >= date.end ? view.slice(date.end, x.start) : view.slice(x.end, date.start)));
}

/** What a record's date is and where it came from. */
export interface AttachedDate {
  dm: DateMention | null;
  fallback: string | null;
  date: string | null;
}

/** Whether a date right after `before` is the date of something other than the act. */
function notTheAct(before: string): boolean {
  // A year in brackets is part of a resolution's name ("as they had for resolutions 2371 (2017) and 2375 (2017) earlier …").
  const text = before.includes("(") ? before.replace(BRACKETED_YEAR, "") : before;
  return NOT_THE_ACT.for(text).test(text) || termEnd(text);
}

const UNTIL_WORD = /(?<!\w)until(?!\w)/iu;
const NOT_WORD = /(?<!\w)not(?!\w)/iu;
/** What ends the clause a date is in, looking back. */
const CLAUSE_STOPS_BEFORE = /[,;()]/gu;

/**
 * The end of a term ("extends the mandate until 31 December 2026", "a final time, until 31 December 2026, adopting …"), not the
 * day of the act; but "did not ratify it until 2014" dates the act.
 */
function termEnd(before: string): boolean {
  if (!UNTIL_WORD.test(before)) return false;
  let from = 0;
  for (const m of before.matchAll(CLAUSE_STOPS_BEFORE)) from = (m.index ?? 0) + 1;
  const clause = before.slice(from);
  return UNTIL_WORD.test(clause) && !NOT_WORD.test(clause);
}
const BRACKETED_YEAR = /\(\d{4}\)/gu;

interface News {
  value: string;
  sentence: string;
  /** The sentence lower-cased, and whether it names an instrument by a treaty word (asked per record). */
  lower: string;
  namesInstrument: boolean;
}

interface DocumentDates {
  /** The date of the act the document reports as its news, and the sentence that reports it. */
  news: News | null;
}

const perDocument = new WeakMap<object, DocumentDates>();
const NEWS_WEEK = 7 * 86400000;

/** The first sentences of the body that report an act "today" / "yesterday": the document's news. */
function newsOf(view: string, docDate: string | null): DocumentDates["news"] {
  if (!docDate) return null;
  const bodyStart = bodyStartOf(view);
  let at = bodyStart;
  const limit = Math.min(view.length, bodyStart + NEWS_SEARCH);
  while (at < limit) {
    const rest = view.slice(at, limit);
    const end = SENTENCE_END.exec(rest);
    const sentence = end ? rest.slice(0, end.index + 1) : rest;
    // A day-precise relative date ("today", "yesterday", a weekday) needs "day"; the dates are read only then.
    if (DAY.test(sentence) && ACT_WORD.for(sentence).test(sentence)) {
      // (A day of the document's own week: not an anniversary's, "Five years ago today, on 7 August 2019, X opened for signature".)
      const day = findDates(sentence, 0, docDate).find(
        (x) => x.relative && x.value.length === 10 && Math.abs(Date.parse(docDate) - Date.parse(x.value)) <= NEWS_WEEK,
      );
      if (day) return { value: day.value, sentence, lower: sentence.toLowerCase(), namesInstrument: NAMED_INSTRUMENT.test(sentence) };
    }
    at += sentence.length;
  }
  return null;
}

/** The sentence after `s`, up to its end (a bounded look). */
function nextSentence(view: string, s: Sentence): string {
  const rest = view.slice(s.end, s.end + 400);
  const lead = rest.length - rest.trimStart().length;
  const body = rest.slice(lead);
  const end = SENTENCE_END.exec(body);
  return end ? body.slice(0, end.index + 1) : body;
}

/** A vote a sentence reports: "put to a vote", "the vote took place", "voted on", "abstained in the vote on". */
const VOTE_EVENT =
  /(?<!\w)(?:put\sto\sa\s(?:recorded\s)?vote|(?:the|a)\s(?:recorded\s)?vote\s(?:was\s(?:held|taken)|took\splace|on)|voted|abstained)(?!\w)|(?<!\w)(?:adopted|endorsed|approved|affirmed|passed)\s(?:[^.;]{0,60}?\s)?by\s[*\s]*(?:a\s(?:recorded\s)?vote(?!\w)|\d+\s?[-–—]\s?\d+)/iu;

/** A sentence that only lists how states voted ("France and Switzerland voted against."). */
const VOTE_LIST = /(?<!\w)voted\s(?:against|in\sfavou?r|for)\.?\s*$|(?<!\w)abstained\.?\s*$/iu;

const SENTENCE_STOPS = new Set([".", "!", "?"]);

/** The sentence before `s`, within its paragraph, or "". */
function previousSentence(view: string, s: Pick<Sentence, "start">): { text: string; start: number } {
  const from = Math.max(0, s.start - 400);
  const before = view.slice(from, s.start);
  const paragraph = before.lastIndexOf("\n\n");
  const text = paragraph >= 0 ? before.slice(paragraph + 2) : before;
  const trimmed = text.trimEnd();
  let cut = -1;
  for (let k = trimmed.length - 2; k >= 0; k--)
    if (SENTENCE_STOPS.has(trimmed[k] as string) && (trimmed[k + 1] as string).trim() === "") {
      cut = k + 1;
      break;
    }
  const start = from + (paragraph >= 0 ? paragraph + 2 : 0) + (cut >= 0 ? cut : 0);
  return { text: view.slice(start, s.start), start };
}

let lastVote: { view: string; s: Sentence; docDate: string | null; date: string | null } | null = null;

/** "The proposal … was put to a vote on Wednesday.": the one date the sentence before gives its vote, or null. */
function voteDateBefore(view: string, s: Sentence, docDate: string | null): string | null {
  if (lastVote?.s === s && lastVote.view === view && lastVote.docDate === docDate) return lastVote.date;
  let date: string | null = null;
  // (Up to three sentences back, over the vote's own lists: "… put to a vote on Wednesday. In favour: A, B. Against: C.")
  let at: Pick<Sentence, "start"> = s;
  for (let back = 0; back < 3; back++) {
    const before = previousSentence(view, at);
    if (before.text.trim() === "") break;
    const dates = findDates(view, before.start, docDate, before.start + before.text.length).filter(
      (x) => !notTheAct(view.slice(Math.max(before.start, x.start - 80), x.start)),
    );
    // (Past another undated list of the same vote: "France and Switzerland voted against. Belgium … abstained.")
    if (VOTE_EVENT.test(before.text) && (dates.length > 0 || !VOTE_LIST.test(before.text))) {
      date = dates.length === 1 ? (dates[0] as DateMention).value : null;
      break;
    }
    if (dates.length > 0) break;
    at = before;
  }
  lastVote = { view, s, docDate, date };
  return date;
}

/** The last sentence's answer: the records of a sentence are made one after another, and all ask the same. */
let lastNext: { view: string; s: Sentence; docDate: string | null; date: string | null } | null = null;

/** "The endorsements were announced on 9 July": the date the next sentence gives the same act. */
function dateFromNext(view: string, s: Sentence, docDate: string | null): string | null {
  if (lastNext?.s !== s || lastNext.view !== view || lastNext.docDate !== docDate) lastNext = { view, s, docDate, date: readDateFromNext(view, s, docDate) };
  return lastNext.date;
}

function readDateFromNext(view: string, s: Sentence, docDate: string | null): string | null {
  const next = nextSentence(view, s);
  if (!ACT_AGAIN.for(next).test(next) || NAMED_INSTRUMENT.test(next)) return null;
  const offset = view.indexOf(next, s.end);
  const dates = findDates(view, offset, docDate, offset + next.length);
  const own = dates.filter((x) => !notTheAct(view.slice(Math.max(offset, x.start - 80), x.start)));
  return own.length === 1 ? (own[0] as DateMention).value : null;
}

/** Whether the news sentence is about this instrument (shares its words) or names none ("the treaty"). */
function sameInstrument(news: News, inst: InstrumentMention): boolean {
  if (!news.namesInstrument) return true;
  const words = (inst.text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !STOP_WORDS.has(w));
  const lower = news.lower;
  const shared = words.filter((w) => lower.includes(w)).length;
  return words.length > 0 ? shared * 2 >= words.length : lower.includes(inst.text.toLowerCase());
}

/** The last sentence's answer to "is it about background acts?" (asked once per record). */
let lastBackground: { view: string; s: Sentence; value: boolean } | null = null;

function isBackground(view: string, s: Sentence): boolean {
  if (lastBackground?.s !== s || lastBackground.view !== view) {
    const text = view.slice(s.start, s.end);
    lastBackground = { view, s, value: BACKGROUND.for(text).test(text) };
  }
  return lastBackground.value;
}

/** The date of one record (see the top of this file). `doc` identifies the document (one object per extraction). */
export function attachDate(
  doc: object,
  view: string,
  docDate: string | null,
  s: Sentence,
  d: Draft,
  inst: InstrumentMention,
  dates: DateMention[],
  agent: { index: number; count: number; respectively: boolean },
): AttachedDate {
  // An act that did not happen has no date ("The United States, which rejoined UNESCO in July 2023, has joined neither
  // Convention"); a vote against, an abstention or a non-participation did happen, at the meeting.
  if (d.polarity === "negated" && d.action !== "supported") return { dm: null, fallback: null, date: null };
  // "…, as did B in 2016": B's own date is in its elliptic clause (the sentence's dates leave it out as another act's).
  if (d.rule === "contrast-ellipsis") return { dm: null, fallback: null, date: null }; // "…; B has not": no act, no date
  // "…, joining A and B": the parties joined became parties on days of their own, which the sentence does not give.
  // (Nor "the third to ratify X, after Turkey and Albania": those before acted on days the sentence does not give.)
  if (d.rule === "joining-parties" || d.rule === "ranked-after") return { dm: null, fallback: null, date: null };
  // "The Convention has been in force for A since 2009": the day a treaty bound a State is not the day the State acted.
  if (d.rule === "in-force") return { dm: null, fallback: null, date: null };
  // A digest entry ("06/11/2023 - Convention … - Malawi: ratification") is dated by the date that opens its line.
  // A tracker's dash line ("- Jordan – accession, 14 January 2025") is dated by the one date of its own entry.
  if (d.rule === "dash-entry") {
    const entry = dashEntry(s, d.cue);
    const end = entry && entry.to < s.to ? (s.tokens[entry.to] as { start: number }).start : s.end;
    const start = entry ? (s.tokens[entry.from] as { start: number }).start : s.start;
    const own = entry ? findDates(view, start, docDate, end) : [];
    // (Else the day its list is under: "Tuesday 23 September ¶ - Angola – X (ratification)".)
    const dm = own.length === 1 ? (own[0] as DateMention) : own.length === 0 && entry ? dayHeadingOver(view, start, docDate) : null;
    return { dm, fallback: null, date: dm?.value ?? null };
  }
  if (d.rule === "digest-entry") {
    const first = findDates(view, s.start, docDate, s.end)[0];
    const own = first && first.start - s.start <= 2 ? first : null;
    return { dm: own, fallback: null, date: own?.value ?? null };
  }
  if (d.rule === "ellipsis") {
    const own = ellipticDate(view, docDate, s, d, dates);
    // "…, as did B": a vote without its own date is dated as the vote it repeats is.
    if (own || d.cue.def.form !== "vote") return { dm: own, fallback: null, date: own?.value ?? null };
  }
  // "ratified by A (2014), B (May 2015) and C (2016)", "those of Brazil, in November 2022, and Cameroon, in February 2024":
  // each agent's own date follows its name.
  const mention = d.agents.length === agent.count ? d.agents[agent.index] : undefined;
  if (mention && d.polarity === "affirmed") {
    // ("followed by the Philippines in September of that year": a date anaphor right after the name, among the sentence's dates.)
    const after = /^(?:in|on)$/u.test(s.tokens[mention.to]?.lower ?? "") ? s.tokens[mention.to + 1] : undefined;
    const anaphor = after ? dates.find((x) => x.start === after.start) : undefined;
    if (anaphor) return { dm: anaphor, fallback: null, date: anaphor.value };
    const own = memberDate(view, docDate, s, mention.to, s.tokens[d.cue.from]?.lower ?? null);
    if (own) return { dm: own, fallback: null, date: own.value };
    // "followed by Ghana in 2020, Guinea-Bissau and Togo in 2021": a member coordinated with the next shares its date adjunct.
    const next = d.agents[agent.index + 1];
    if (next && next.from === mention.to + 1 && s.tokens[mention.to]?.lower === "and" && /^(?:in|on)$/u.test(s.tokens[next.to]?.lower ?? "")) {
      const shared = memberDate(view, docDate, s, next.to);
      if (shared) return { dm: shared, fallback: null, date: shared.value };
    }
  }
  // "ratified X in 2015 and Y in 2017", "(a) X, in 2021; (b) Y, in 2022", "X (2015) and Y (2017)": with several objects, each
  // object's own date follows its name.
  // (Not the year of its name: "the Convention on Road Traffic (1968)".)
  if (d.polarity === "affirmed" && d.instruments.length > 1 && inst.to > d.cue.to && inst.to <= s.to) {
    const own = memberDate(view, docDate, s, inst.to);
    const named = s.tokens[inst.to]?.text === "(" && own?.value === String(inst.entry?.adopted);
    if (own && !named) return { dm: own, fallback: null, date: own.value };
  }
  // "Latest ratifications: Chad, 23 March 2023; Togo, 16 December 2020": each member's date follows its name.
  if (d.rule === "digest-list") {
    const at = mention ? mention.to : -1;
    const own =
      at >= 0 && s.tokens[at]?.text === ","
        ? findDates(view, (s.tokens[at] as { end: number }).end, docDate, Math.min(s.end, (s.tokens[at] as { end: number }).end + 24))[0]
        : undefined;
    return { dm: own ?? null, fallback: null, date: own?.value ?? null };
  }
  // "The United States abstained; it was the first resolution on X since 1979 …": a vote's date is not one in a clause of its own
  // after it.
  if (d.cue.def.form === "vote") {
    const cueEnd = (s.tokens[d.cue.to - 1] as { end: number }).end;
    dates = dates.filter((x) => x.start < cueEnd || !view.slice(cueEnd, x.start).includes(";"));
  }
  const dm =
    pickDate(view, s, d, dates, agent.index, agent.count, agent.respectively) ??
    (d.rule === "participle" ? mainClauseDate(view, docDate, s, d) : d.cue.def.form === "vote" ? sameMeetingDate(s, d, dates) : null);
  // ("On the first day, the Convention was signed by A": the day it opened, not the day a date anaphor finds before it.)
  const opening =
    d.action === "signed" && d.polarity === "affirmed" && (!dm || FIRST_DAY_WORDS.test(view.slice(dm.start, dm.end))) ? openingDay(view, docDate, s) : null;
  if (opening) return { dm: opening, fallback: null, date: opening.value };
  if (dm) return { dm, fallback: null, date: dm.value };
  // A chronology's entry under a line that is only its date ("28 July 2022 ¶ The General Assembly adopts resolution 76/300 …", a
  // table's date cell before its event cell): that date.
  const entry = dates.length === 0 ? entryLineDate(view, s, docDate) : null;
  if (entry) return { dm: entry, fallback: null, date: entry.value };
  const fallback = fallbackDate(doc, view, docDate, s, d, inst, dates);
  return { dm: null, fallback, date: fallback };
}

/**
 * A signature on the day a text opened for signature: "Among the first-day signatories were A and B", "Brazil signed the Treaty on
 * the day it was opened for signature", "When it opened for signature in Singapore on 7 August 2019, 46 States signed it on the first
 * day", "It was opened for signature on 5 September 2024 in Vilnius, where it was signed by A and B". The day is the one the
 * sentence gives after "opened for signature", else the one the nearest such phrase before it gives (else the first after it).
 */
function openingDay(view: string, docDate: string | null, s: Sentence): DateMention | null {
  const text = view.slice(s.start, s.end);
  if (!FIRST_DAY.for(text).test(text)) return null;
  return openedOn(view, docDate, s.start, s.end) ?? openedInDocument(view, docDate, s.start);
}
const FIRST_DAY = new Caseless(
  /(?<!\w)first[- ]day\ssignator|(?<!\w)on\s(?:the|its)\s(?:opening|first)\sday(?!\w)(?!\sof(?!\w))|(?<!\w)on\sthe\s(?:same\s)?day\s(?:it|the\s[a-z]+)\s(?:was\s)?opened\sfor\ssignature|(?<!\w)when\sit\s(?:was\s)?opened\sfor\ssignature|(?<!\w)opened\sfor\ssignature(?!\w)[^.;]+(?<!\w)(?:when|where|at\swhich)(?!\w)/iu,
);
const FIRST_DAY_WORDS = /(?<!\w)first\sday(?!\w)/iu;
const OPENED_FOR_SIGNATURE = /(?<!\w)opened\sfor\ssignature(?!\w)/giu;

/** The one day given after "opened for signature" between `from` and `to` (in its clause), or null. */
function openedOn(view: string, docDate: string | null, from: number, to: number): DateMention | null {
  const text = view.slice(from, to);
  for (const m of text.matchAll(OPENED_FOR_SIGNATURE)) {
    const at = from + (m.index ?? 0) + m[0].length;
    const clause = view.slice(at, to).search(CLAUSE_STOP);
    const found = findDates(view, at, docDate, clause >= 0 ? at + clause : to).filter((x) => !x.relative);
    if (found[0]) return found[0];
  }
  return null;
}
const CLAUSE_STOP = /;|\.\s/u;

/** The one day the sentence of "opened for signature" at `at` gives before the phrase, or null. */
function openedBefore(view: string, docDate: string | null, at: number): DateMention | null {
  const found = findDates(view, previousSentence(view, { start: at }).start, docDate, at).filter((x) => !x.relative);
  return found.length === 1 ? (found[0] as DateMention) : null;
}

/** The days the document's "opened for signature" phrases give, each with where its phrase stands (made once per text). */
let lastOpenings: { view: string; docDate: string | null; days: Array<{ at: number; day: DateMention }> } | null = null;
function openingsOf(view: string, docDate: string | null): Array<{ at: number; day: DateMention }> {
  if (lastOpenings?.view === view && lastOpenings.docDate === docDate) return lastOpenings.days;
  const days: Array<{ at: number; day: DateMention }> = [];
  for (const m of view.matchAll(OPENED_FOR_SIGNATURE)) {
    const at = m.index ?? 0;
    const end = view.slice(at).search(SENTENCE_END);
    // ("On 26 November 1987 the Convention was opened for signature in Strasbourg": the one day its sentence gives before it.)
    const day = openedOn(view, docDate, at, end >= 0 ? at + end : view.length) ?? openedBefore(view, docDate, at);
    if (day) days.push({ at, day });
  }
  lastOpenings = { view, docDate, days };
  return days;
}

/** The day the nearest "opened for signature … on DAY" before `at` gives (else the first after it), in a sentence of its own. */
function openedInDocument(view: string, docDate: string | null, at: number): DateMention | null {
  const days = openingsOf(view, docDate);
  return days.filter((x) => x.at < at).pop()?.day ?? days.find((x) => x.at >= at)?.day ?? null;
}

/** "a signing ceremony", "the signing event": an -ing cue word between an article and a lower-case noun. */
function attributiveCue(s: Sentence, c: Draft["cue"]): boolean {
  const t = s.tokens[c.from] as { lower: string };
  const next = s.tokens[c.to] as { word: boolean; text: string; lower: string } | undefined;
  return c.to - c.from === 1 && t.lower.endsWith("ing") && ARTICLES.has(s.tokens[c.from - 1]?.lower ?? "") && !!next?.word && next.text === next.lower;
}

/** "A on 30 September vetoed X, with B and C abstaining": votes stated in one sentence are one meeting's, on its one date. */
function sameMeetingDate(s: Sentence, d: Draft, dates: DateMention[]): DateMention | null {
  // The meeting's date is stated before this vote (a date after it belongs to another act: "…, with 1 abstention (A), the Council
  // called for the Jeddah Declaration, which the parties signed on 11 May 2023").
  const cueAt = tokenStart(s, d.cue.from);
  const first = dates[0];
  if (!first || first.start > cueAt || dates.some((x) => x.value !== first.value)) return null;
  // (Or the text's adoption before it: "X was adopted … on 21 May 1997 by a recorded vote of 103 to 3, with A and B voting against".)
  return s.cues.some((c) => c !== d.cue && (c.def.form === "vote" || (c.def.action === "adopted" && c.from < d.cue.from))) ? first : null;
}

/** ", adopting resolution X": the participle's act happened when its clause's did ("The Council today authorized …, adopting …"). */
function mainClauseDate(view: string, docDate: string | null, s: Sentence, d: Draft): DateMention | null {
  const spans = instrumentSpans(s);
  const found = findDates(view, s.start, docDate, tokenStart(s, d.cue.from)).filter(
    (x) => !spans.some(([a, b]) => x.start < b && x.end > a) && !notTheAct(view.slice(Math.max(s.start, x.start - 80), x.start)),
  );
  return found[0] ?? null;
}

/** A date right after a list member: "(2014)", "(May 2015)", or ", in November 2022," before the next member; or null. */
/** What ends a date adjunct after a name: "in 2001, …", "in 2001 – it was …", "in 2012 and C …". */
const MEMBER_DATE_ENDS = new Set([",", ";", ".", "and", "–", "—", "-", "(", ")"]);

const FOUR_DIGIT_YEAR = /^(?:1[89]|20)\d\d$/u;

/** Tokens of "earlier this year" at most. */
const RELATIVE_MEMBER_TOKENS = 3;

/** What ends a bulleted item after its date: the next item's bullet, a semicolon, a full stop, a remark in brackets ("(the first in …)"). */
const ITEM_ENDS = new Set(["-", "–", "—", "•", "*", "·", "▪", ";", ".", "("]);

function memberDate(view: string, docDate: string | null, s: Sentence, at: number, act: string | null = null): DateMention | null {
  const t = s.tokens;
  const bracketed = bracketedDateAt(view, t, at, docDate, act);
  if (bracketed) return bracketed;
  // "by A in September 2023 and by B in March 2024", "those of A, in November 2022, and B": a date adjunct right after the name.
  // ("Uzbekistan – in 2008 and Kyrgyzstan – in 2010": a dash for the verb left out, as a comma.)
  const dashed = (t[at]?.text === "–" || t[at]?.text === "—" || t[at]?.text === "-") && (t[at + 1]?.lower === "in" || t[at + 1]?.lower === "on");
  // ("- Uruguay: 18 November 2016 ¶ - Costa Rica: …": a bulleted item's date after its colon, as after a comma.)
  const comma = t[at]?.text === "," || dashed || (t[at]?.text === ":" && isDateWord(t[at + 1]?.lower ?? "")) ? 1 : 0;
  // "… and Greece last year", "and B earlier this month": a relative date right after the name.
  if (RELATIVE_DATE_OPENERS.has(t[at + comma]?.lower ?? "")) {
    const last = Math.min(s.to, at + comma + RELATIVE_MEMBER_TOKENS) - 1;
    const found = findDates(view, (t[at + comma] as { start: number }).start, docDate, (t[last] as { end: number }).end)[0];
    return found && found.start === (t[at + comma] as { start: number }).start ? found : null;
  }
  // "- Uruguay, 18 November 2016 ¶ - Costa Rica, 12 December 2016": a bulleted item's own date, up to the next bullet or its end;
  // or a row's after its dot leaders ("Uruguay ........ 18 November 2016").
  const dated = pastLeaders(t, at);
  if (dated > at && isDateWord(t[dated]?.lower ?? "")) {
    const from = (t[dated] as { start: number }).start;
    const found = findDates(view, from, docDate, Math.min(s.end, from + 24))[0];
    if (found && found.start === from) return found;
  }
  if (comma && isDateWord(t[at + 1]?.lower ?? "")) {
    let k = at + 1;
    while (k < s.to && k - at <= 5 && isDateWord(t[k]?.lower ?? "")) k++;
    if (k === s.to || ITEM_ENDS.has(t[k]?.text ?? "")) {
      const found = findDates(view, (t[at + 1] as { start: number }).start, docDate, (t[k - 1] as { end: number }).end)[0];
      if (found && found.start === (t[at + 1] as { start: number }).start) return found;
    }
  }
  if (t[at + comma]?.lower !== "in" && t[at + comma]?.lower !== "on") return null;
  at += comma - 1;
  let k = at + 2;
  while (k < s.to && k - at <= 6 && !MEMBER_DATE_ENDS.has(t[k]?.lower ?? "")) k++;
  if (k - at > 6) return null;
  // "on June 9, 1994": the comma of a month-day-year date is inside it.
  if (t[k]?.text === "," && FOUR_DIGIT_YEAR.test(t[k + 1]?.text ?? "") && k + 1 < s.to) k += 2;
  // (From the preposition on: a bare year is a date only after one, "in 2012".)
  return findDates(view, (t[at + 1] as { start: number }).start, docDate, (t[k - 1] as { end: number }).end)[0] ?? null;
}

/**
 * The date of the line right above sentence `s`'s entry, when that line holds only a date (a day, month and year, or a month and year,
 * or a day and month its section's year completes) and is not the document's own: the lines between it and the sentence hold no
 * paragraph break and no other such line. Null otherwise.
 */
function entryLineDate(view: string, s: Sentence, docDate: string | null): DateMention | null {
  const from = Math.max(0, s.start - ENTRY_REACH);
  const before = view.slice(from, s.start);
  const lines = before.split("\n");
  let offset = s.start;
  for (let k = lines.length - 1, seen = 0; k >= 0 && seen <= ENTRY_LINES; k--) {
    const line = lines[k] as string;
    offset -= line.length + (k < lines.length - 1 ? 1 : 0);
    if (k === lines.length - 1) continue; // the sentence's own line
    seen++;
    if (line.trim() === "") return null;
    if (!DATE_ONLY_LINE.test(line) || (k === 0 && from > 0)) continue;
    const found = findDates(view, offset, docDate, offset + line.length);
    const d = found.length === 1 ? (found[0] as DateMention) : null;
    return d && d.value !== docDate && !d.relative ? d : null;
  }
  return null;
}
const ENTRY_REACH = 600;
const ENTRY_LINES = 4;
/** A line that holds only a date: "28 July 2022", "**27 September 2018**", "| 4 March 2018 |", "June 2012:". */
const DATE_ONLY_LINE =
  /^[ \t|>*•_-]*(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2},?)?(?:\s(?:1[89]|20)\d\d)?[ \t*_|:.–—-]*$/u;

/** The date in an elliptic clause, from its auxiliary to the clause's end ("as did B in 2016"), or null. */
function ellipticDate(view: string, docDate: string | null, s: Sentence, d: Draft, dates: readonly DateMention[]): DateMention | null {
  let end = d.cue.to;
  // (A bracket opened in the clause is part of it: "as they had for resolutions 2371 (2017) and 2375 (2017) earlier in the year".)
  let open = 0;
  for (; end < s.to; end++) {
    const text = (s.tokens[end] as { text: string }).text;
    if (text === "(") open++;
    else if (text === ")" && open > 0) open--;
    else if (CLAUSE_MARKS.has(text)) break;
  }
  const to = end < s.to ? tokenStart(s, end) : s.end;
  const from = tokenStart(s, d.cue.from);
  // (A date anaphor there first: "and B followed in December of that year".)
  return dates.find((x) => x.start >= from && x.end <= to) ?? findDates(view, from, docDate, to)[0] ?? null;
}
const CLAUSE_MARKS = new Set([",", ";", ".", ")"]);

/** What a meeting's people do in its communiqué, on its day. */
const MEETING_ACTS = new Set(["committed", "endorsed", "adopted"]);

/**
 * A sentence whose subject is a meeting's people: "Leaders …", "The Ministers …" (their first mention, at its start); or an
 * operative paragraph's, its preamble's body (a group of no width at its verb: stages/operative.ts).
 */
function meetingSubject(s: Sentence): boolean {
  if (s.groups[0] && s.groups[0].from === s.groups[0].to) return true;
  const first = s.groups[0]?.members[0];
  return first !== undefined && s.groups[0]?.from === s.from + (s.tokens[s.from]?.word ? 0 : 1) && meetingPeople(s.tokens, first);
}

/** Acts stated in a relative or an aside: background to what the sentence reports. */
const BACKGROUND_RULES: ReadonlySet<string> = new Set(["vote-relative", "object-relative", "relative-party", "precedent-list"]);

/** A perfect before a cue ("have endorsed", "has also been signed by", "having endorsed"): a state of things, not the news. */
function perfectBefore(s: Sentence, cue: number): boolean {
  for (let k = cue - 1, seen = 0; k >= s.from && seen < 3; k--, seen++) {
    const w = (s.tokens[k] as { lower: string }).lower;
    if (PERFECT_AUXILIARIES.has(w)) return true;
    if (!ADVERBS_IN_VERB_GROUP.has(w) && w !== "been") return false;
  }
  return false;
}
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had", "having", "'s", "'ve"]);
const ADVERBS_IN_VERB_GROUP: ReadonlySet<string> = new Set(["also", "already", "formally", "fully", "since", "now", "all", "jointly", "so", "far"]);

const PASSIVE_ADOPTION: ReadonlySet<string> = new Set(["body-passive", "body-agentless", "passive-by"]);

/** An act the sentence reports without a date of its own, outside a relative or an aside, on a text no older than the document. */
function reportedUndated(d: Draft, dates: readonly DateMention[], inst: InstrumentMention, docDate: string | null): boolean {
  return dates.length === 0 && !BACKGROUND_RULES.has(d.rule) && !olderText(inst, docDate);
}

/** A text whose name gives a year before the document's ("resolution 2231 (2015)" in a 2025 statement). */
function olderText(inst: InstrumentMention, docDate: string | null): boolean {
  const year = docDate ? Number(docDate.slice(0, 4)) : NaN;
  return [...inst.text.matchAll(YEAR_IN_NAME)].some((m) => Number(m[0]) < year);
}
const YEAR_IN_NAME = /\b(?:19|20)\d\d\b/gu;

function fallbackDate(doc: object, view: string, docDate: string | null, s: Sentence, d: Draft, inst: InstrumentMention, dates: DateMention[]): string | null {
  const next = d.polarity === "affirmed" ? dateFromNext(view, s, docDate) : null;
  if (next) return next;
  if (d.action === "called-for" || d.action === "welcomed") return docDate;
  // "We reaffirm our commitment to X": the speakers' own commitment, made in the statement, is of the statement's day.
  if ((d.action === "committed" || d.action === "endorsed") && d.rule === "possessive" && d.agents.some((m) => m.kind === "speaker")) return docDate;
  // "Japan remains firmly committed to the NPT", "Italy reaffirmed its commitment to the Rome Declaration": a commitment a dated
  // statement states, or reports, is of the statement's day (a commitment made on a day the text names has that day, above).
  if (d.action === "committed" && d.polarity === "affirmed") return docDate;
  // So is what a communiqué's meeting did ("Leaders endorsed X", "Heads adopted X and reaffirmed their commitment to Y").
  if (MEETING_ACTS.has(d.action) && d.polarity === "affirmed" && meetingSubject(s)) return docDate;
  // "The Council then adopted without a vote a resolution on X", "The Committee approved the draft (A/C.3/79/L.34) by a recorded
  // vote": a body's adoption, told in the active voice in a sentence that dates nothing, is the meeting's the dated document
  // reports; not a passive's ("The Protocol was adopted by the Conference in Seoul"), which tells a text's history, nor one by
  // reference ("The Conference approved them by 385 votes"), which may retell an adoption told before.
  if (
    d.action === "adopted" &&
    d.polarity === "affirmed" &&
    !PASSIVE_ADOPTION.has(d.rule) &&
    inst.kind !== "anaphor" &&
    reportedUndated(d, dates, inst, docDate)
  )
    return docDate;
  // "The Declaration was signed by the following States: A, B", "A, B and C endorsed the Cali Declaration": a declaration
  // endorsed, in the simple past, in a sentence that dates nothing, is the news of the dated document that reports it; not one
  // endorsed by then ("all of which have endorsed X"), nor in a relative or aside.
  const endorsing = d.action === "endorsed" || (d.action === "signed" && inst.type === "declaration");
  if (endorsing && d.polarity === "affirmed" && dates.length === 0 && !BACKGROUND_RULES.has(d.rule) && !perfectBefore(s, d.cue.from)) return docDate;
  // A recorded vote ("Voting against were: A, B …", "In favour: …") is the record of the meeting the document reports.
  // (A vote the sentence before dates, "The proposal was put to a vote on Wednesday. The result was …: In favour: A, B", is that day's.)
  if (d.rule === "vote-list") return voteDateBefore(view, s, docDate) ?? docDate;
  // So is a vote on no text the sentence names ("All ten elected members voted in favour"): the text the meeting voted on.
  // (Also a vote on the text by reference: "all voted for it", "voted in favour of the draft".)
  // (And joining a consensus on no text named: "Iran had joined the consensus".)
  const voted =
    d.cue.def.form === "vote" ||
    (d.action === "supported" &&
      (VOTE_VERB.test((s.tokens[d.cue.from] as { lower: string }).lower) || (s.tokens[d.cue.to - 1] as { lower: string }).lower === "consensus"));
  if (voted && (d.topical || d.instruments.length === 0 || inst.kind === "anaphor")) return voteDateBefore(view, s, docDate) ?? docDate;
  // "Canada said her delegation had voted in favour of L.12", "Ireland said it supported both texts", "we joined the consensus on
  // X": a vote or a stand on a named text, in a sentence that dates nothing, is the meeting's the dated document reports; not a
  // relative's ("India, which voted against the resolution"), nor a text the document's year post-dates ("resolution 2231 (2015)").
  if (d.action === "supported" && reportedUndated(d, dates, inst, docDate)) return voteDateBefore(view, s, docDate) ?? docDate;
  // "Following in the footsteps of A and B, C signed ...": A and B acted before the news.
  if (d.polarity !== "affirmed" || !NEWS_ACTIONS.has(d.action) || d.rule === "precedent-list") return null;
  let memo = perDocument.get(doc);
  if (!memo) {
    memo = { news: newsOf(view, docDate) };
    perDocument.set(doc, memo);
  }
  const news = memo.news;
  // A sentence that dates something else to another day has its own time line.
  if (!news || dates.some((x) => x.value !== news.value) || isBackground(view, s) || !sameInstrument(news, inst)) return null;
  return news.value;
}

/** A line that is a day and nothing else: "Tuesday 23 September", "**24 September 2025**", "### Thursday, 25 September". */
const DAY_HEADING =
  /^[ \t#*_]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?\d{1,2}[ \t]+\p{Lu}\p{Ll}+(?:,?[ \t]+\d{4})?[ \t*_:]*$/u;
/** A list item's line: its bullet. */
const LIST_LINE = /^[ \t]*[-•*▪·–][ \t]/u;
/** How many list lines a day heading may stand above. */
const MAX_LIST_LINES = 40;

/**
 * The day heading right above the list that holds offset `at` ("Tuesday 23 September" over "- Angola – X (ratification)"), past the
 * list's other lines, or null: the list must follow the heading with no blank line or other text between.
 */
function dayHeadingOver(view: string, at: number, docDate: string | null): DateMention | null {
  let lineStart = view.lastIndexOf("\n", at - 1) + 1;
  for (let n = 0; n < MAX_LIST_LINES && lineStart > 0; n++) {
    const prevStart = view.lastIndexOf("\n", lineStart - 2) + 1;
    const line = view.slice(prevStart, lineStart - 1);
    if (LIST_LINE.test(line)) {
      lineStart = prevStart;
      continue;
    }
    if (!DAY_HEADING.test(line)) return null;
    const found = findDates(view, prevStart, docDate, lineStart - 1);
    return found.length === 1 && /^\d{4}-\d{2}-\d{2}$/u.test((found[0] as DateMention).value) ? (found[0] as DateMention) : null;
  }
  return null;
}
