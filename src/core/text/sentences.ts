/**
 * Sentence spans with offsets, robust to abbreviations (U.S., H.E., Mr., No., Res.), hard-wrapped
 * lines (a typed statement wrapped at ~75 columns reads as one paragraph) and lists (an
 * introduction ending in ":" followed by "- item" lines is one unit, so "The states that signed
 * it are:" keeps its list). Works on the normalised view; offsets are into the original text.
 */
import { isAmbiguousStateName } from "../lexicon/countries";
import { lookupActor } from "../stages/actors";
import { tokenize } from "./tokens";

export interface Segment {
  start: number;
  end: number;
  /** Index of the paragraph the segment belongs to (blank lines separate paragraphs). */
  paragraph: number;
  /** True when the unit is an introduction plus the list that follows it. */
  list: boolean;
}

const MAX_SEGMENT = 3000;
const LIST_MARKER = /^[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z]\)|\((?:[a-z]|[ivx]{1,4})\))[ \t]+\S/u;
const TERMINAL = /[.!?:;"')\]]$/u;
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "no",
  "nos",
  "prop",
  "props",
  "res",
  "art",
  "arts",
  "para",
  "paras",
  "e.g",
  "i.e",
  "gen",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "prof",
  "amb",
  "rev",
  "vol",
  "pp",
  "p",
  "jr",
  "sr",
  "vs",
  "cf",
  "approx",
  "inc",
  "ltd",
  "co",
  "h.e",
  "u.s",
  "u.n",
  "u.k",
  "u.s.a",
  "op",
  "doc",
  "fig",
  "ch",
  "sec",
  "cap",
  "corp",
  "messrs",
  "excellency",
  "hon",
  "lt",
  "col",
]);

/**
 * Initialisms that can end a sentence ("... in the U.S. Norway ratified ...") as well as start a
 * name ("the U.S. delegation", "U.N. Security Council"): a boundary after one only before a word
 * that opens sentences or a state's name.
 */
const INITIALISMS = new Set(["u.s", "u.n", "u.k", "u.s.a"]);
/** Capitalised words that open a sentence and never continue a name after "U.S." or "U.N.". */
const OPENERS = new Set([
  "The",
  "This",
  "These",
  "That",
  "Those",
  "It",
  "Its",
  "In",
  "On",
  "At",
  "As",
  "By",
  "For",
  "From",
  "With",
  "After",
  "Before",
  "During",
  "Since",
  "Until",
  "When",
  "While",
  "Although",
  "However",
  "Meanwhile",
  "Moreover",
  "Furthermore",
  "But",
  "Yet",
  "Thus",
  "Therefore",
  "We",
  "I",
  "He",
  "She",
  "They",
  "Our",
  "My",
  "His",
  "Her",
  "Their",
  "There",
  "Today",
  "Yesterday",
  "Earlier",
  "Later",
  "Now",
  "A",
  "An",
  "All",
  "Both",
  "Each",
  "Several",
  "Many",
  "Other",
  "Only",
  "Under",
  "Following",
  "According",
  "Such",
  "Nevertheless",
  "Indeed",
  "Similarly",
  "Likewise",
  "Finally",
]);
/** Words a state's name is made of, at most (the longest, "Saint Vincent and the Grenadines", has five). */
const MAX_NAME_WORDS = 6;
/** Words that never end a sentence or a heading: a line ending in one goes on on the next line ("Chile, Peru and\nKenya"). */
const CONTINUING = new Set([
  "and",
  "or",
  "nor",
  "the",
  "of",
  "by",
  "to",
  "for",
  "with",
  "a",
  "an",
  "in",
  "on",
  "at",
  "from",
  "as",
  "including",
  "between",
  "among",
  "its",
  "their",
  "that",
  "which",
  "whose",
]);

interface Line {
  start: number;
  end: number;
  /** Trimmed length. */
  length: number;
  blank: boolean;
  item: boolean;
}

function splitLines(view: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let end = view.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    const text = view.slice(start, end);
    const trimmed = text.trim();
    lines.push({ start, end, length: trimmed.length, blank: trimmed.length === 0, item: LIST_MARKER.test(text) });
    if (end >= to) break;
    start = end + 1;
  }
  return lines;
}

/** Does this document look hard-wrapped (many long lines that stop mid-sentence)? */
function looksWrapped(view: string, lines: Line[]): boolean {
  let long = 0;
  let open = 0;
  for (const l of lines) {
    // A list item is a line of its own whatever its length ("- Iran – notification received in 2024").
    if (l.blank || l.item) continue;
    if (l.length >= 50 && l.length <= 100) {
      long++;
      if (!TERMINAL.test(view.slice(l.start, l.end).trimEnd())) open++;
    }
  }
  return long >= 5 && open >= long * 0.4;
}

/**
 * Where the cells after the first start in a line laid out in columns (offsets from the line's start): after two spaces or a tab,
 * not after a sentence's end ("… it.  The") nor the line's indent.
 */
function cellStarts(view: string, line: Line): number[] {
  const out: number[] = [];
  let gap = 0;
  let tab = false;
  for (let i = line.start; i < line.end; i++) {
    const c = view.charCodeAt(i);
    if (c === 32 || c === 9) {
      gap++;
      tab ||= c === 9;
      continue;
    }
    if ((gap >= 2 || tab) && i - gap > line.start && !SENTENCE_STOP.has(view.charCodeAt(i - gap - 1))) out.push(i - line.start);
    gap = 0;
    tab = false;
  }
  return out;
}
/** . ! ? : ; — a gap after one of them is a sentence's or a label's, not a column's. */
const SENTENCE_STOP = new Set([46, 33, 63, 58, 59]);

/**
 * Two lines of a table laid out in columns ("Egypt          -                  -" over "Israel      13 January 1993      -"):
 * a cell of one starts where a cell of the other does.
 */
function alignedRows(starts: readonly number[], nextStarts: readonly number[]): boolean {
  return starts.length > 0 && nextStarts.some((k) => starts.includes(k));
}

/** How much shorter than the widest wrapped line a line may be and still be filled to the wrap. */
const WRAP_SLACK = 10;
/** How far short of the width a line may end where its next word would have filled it (wrappers fill to a little under their width). */
const WORD_SLACK = 4;

/** Whether a line is filled to the wrap's width: near it, and no longer (a longer line was never wrapped). */
function filled(line: Line, width: number, nextWord: number): boolean {
  // (Or as full as the next line's first word let it be: "10.  JS1 noted that Nepal had not ratified the Domestic Workers ¶
  // Convention, 2011 …", whose "Convention," did not fit.)
  return (line.length >= width - WRAP_SLACK || line.length + 1 + nextWord > width - WORD_SLACK) && line.length <= width + 2;
}

/** The length of a line's first word (past its indent). */
function firstWordLength(view: string, line: Line): number {
  let k = line.start;
  while (k < line.end && (view.charCodeAt(k) === 32 || view.charCodeAt(k) === 9)) k++;
  const from = k;
  while (k < line.end && view.charCodeAt(k) !== 32 && view.charCodeAt(k) !== 9) k++;
  return k - from;
}

/** The width a wrapped text's paragraphs are filled to: its longest line of prose (not an item, at most 100 characters). */
function wrapWidth(lines: readonly Line[]): number {
  let width = 0;
  for (const l of lines) if (!l.blank && !l.item && l.length <= 100 && l.length > width) width = l.length;
  return width;
}

// Hoisted (a regex literal in a loop is a new object every time it runs). The scans below test
// char codes, and these patterns only where a Unicode class is needed.
const LETTER_OR_DOT = /[\p{L}.]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LOWER_3_AT_END = /\p{Ll}{3}$/u;
const SENTENCE_START = /[\p{Lu}\d"'(\-–•]/u;
const STRONG_END = /[.!?:;]$/u;
/** A row of a Markdown pipe table ("| 115.1 | Ratify X (France) | Supported |"): a line of its own, however long. */
const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const FULL_STOP_END = /[.!?]$/u;
const STOPS = /[.!?]/gu;

/** `\s` of a regular expression, for one UTF-16 unit (NaN, past the end: false). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A footnote's marker, "[3]" or Markdown's "[^3]", at `j`: its length, or 0. */
function footnoteMarkAt(view: string, j: number, end: number): number {
  if (view.charCodeAt(j) !== 91) return 0; // "["
  let k = j + 1;
  if (view.charCodeAt(k) === 94) k++; // "^"
  const digits = k;
  while (k < end && k - digits < 3 && view.charCodeAt(k) >= 48 && view.charCodeAt(k) <= 57) k++;
  return k > digits && view.charCodeAt(k) === 93 ? k + 1 - j : 0;
}

/** `["')\]]`: closing quotes and brackets after a sentence's final punctuation. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93;
}

function isLetterOrDot(view: string, i: number): boolean {
  const code = view.charCodeAt(i);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DOT.test(view[i] as string);
}

/** The abbreviation a full stop at `dot` ends ("u.s", "mr", "j"), lower-cased, or null. */
function abbreviationAt(view: string, dot: number): string | null {
  let i = dot - 1;
  while (i >= 0 && isLetterOrDot(view, i) && dot - i < 12) i--;
  const word = view.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return word; // initials: "H. E.", "J. Smith"
  if (ABBREVIATIONS.has(word)) return word;
  return word.endsWith(".") && ABBREVIATIONS.has(word.slice(0, -1)) ? word.slice(0, -1) : null;
}

/**
 * Does a sentence start at `k`, after an initialism like "U.S." that could also start a name? Yes
 * before an opener ("The", "In", "We") or a state's name ("Norway", "Côte d'Ivoire"), never
 * before anything else ("U.S. Government", "U.N. Security Council", "U.S. Georgia").
 */
function startsAfterInitialism(view: string, k: number, end: number): boolean {
  // The words of a name, at most: letters, apostrophes, hyphens and single spaces, up to a stop.
  let e = k;
  for (let spaces = 0; e < end && e - k < 80; e++) {
    const code = view.charCodeAt(e);
    if (code === 32 ? ++spaces >= MAX_NAME_WORDS : code === 46 || (code !== 39 && code !== 45 && !isLetterOrDot(view, e))) break;
  }
  const words = tokenize(view, k, e);
  const first = words[0];
  if (!first?.word) return false;
  if (OPENERS.has(first.text)) return true;
  let phrase = "";
  for (let n = 0; n < MAX_NAME_WORDS && n < words.length; n++) {
    const t = words[n] as (typeof words)[number];
    if (!t.word) break;
    phrase = n === 0 ? t.text : `${phrase} ${t.text}`;
    const actor = lookupActor(phrase);
    if (actor?.kind === "state" && !isAmbiguousStateName(phrase)) return true;
  }
  return false;
}

/** Sentence boundaries inside one block of running text. */
function splitBlock(view: string, start: number, end: number, paragraph: number, out: Segment[]): void {
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(view.charCodeAt(a))) a++;
    while (b > a && isSpace(view.charCodeAt(b - 1))) b--;
    for (let x = a; x < b; x += MAX_SEGMENT) out.push({ start: x, end: Math.min(b, x + MAX_SEGMENT), paragraph, list: false });
  };
  // Only ".", "!" and "?" can end a sentence: a regex scan of the block finds them faster than a
  // loop over its characters. STOPS.lastIndex is where the scan goes on (offset in the block).
  const block = view.slice(start, end);
  STOPS.lastIndex = 0;
  while (STOPS.test(block)) {
    const i = start + STOPS.lastIndex - 1;
    const c = view[i];
    let j = i + 1;
    while (j < end && isCloser(view.charCodeAt(j))) j++;
    // ("… Seychelles and Cuba.[^3] The United States signed …", "… ratified it.[12][13] Peru …": footnote markers after the stop.)
    for (let mark = footnoteMarkAt(view, j, end); mark > 0; mark = footnoteMarkAt(view, j, end)) j += mark;
    const next = view[j];
    if (next === undefined || j >= end) break;
    if (isSpace(view.charCodeAt(j))) {
      let k = j;
      while (k < end && isSpace(view.charCodeAt(k))) k++;
      const after = view[k];
      if (after === undefined || k >= end) break;
      // ("… the Treaty. [Applause] My country ratified it": a stage direction in square brackets opens the next sentence; a footnote's
      // "[1]" does not.)
      if (!SENTENCE_START.test(after) && !(after === "[" && UPPER.test(view[k + 1] ?? ""))) continue;
      // Dot leaders ("Uruguay ........ 18 November 2016") end nothing: the row goes on to its date.
      if (c === "." && view.charCodeAt(i - 1) === 46 && view.charCodeAt(i - 2) === 46) continue;
      const abbreviation = c === "." ? abbreviationAt(view, i) : null;
      if (abbreviation !== null && !(INITIALISMS.has(abbreviation) && UPPER.test(view[i - 1] as string) && startsAfterInitialism(view, k, end))) continue;
      push(s, j);
      s = k;
      STOPS.lastIndex = k - start;
    } else if (c === "." && UPPER.test(next) && LOWER.test(view[j + 1] ?? "") && LOWER_3_AT_END.test(view.slice(Math.max(start, i - 3), i))) {
      // A sentence glued to the next one ("the ban treaty.During today's ...").
      push(s, j);
      s = j;
    }
  }
  push(s, end);
}

export function splitSentences(view: string, from = 0, to = view.length): Segment[] {
  const lines = splitLines(view, from, to);
  const wrapped = looksWrapped(view, lines);
  let width: number | undefined;
  const out: Segment[] = [];
  let paragraph = 0;
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) splitBlock(view, blockStart, blockEnd, paragraph, out);
    blockStart = -1;
  };
  let scanned: { line: Line; starts: number[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      flush();
      paragraph++;
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    const next = lines[i + 1];
    if (!next || next.blank || next.item) {
      flush();
      continue;
    }
    const text = view.slice(line.start, line.end).trimEnd();
    const nextFirst = view.slice(next.start, next.end).trimStart().charAt(0);
    // An item's line goes on only where a wrapped text wraps it ("(a) Yes, Madam. India deposited … of the Paris ¶ Agreement with
    // …": a line filled to the wrap's width that ends no sentence, in a text whose paragraphs are wrapped; not a title over a detail
    // line, "4. Agreement on X between Malta and Montenegro ¶ Signed at Valletta, …"), or where it cannot end ("Chile, Peru and").
    if (
      line.item &&
      !(wrapped && filled(line, (width ??= wrapWidth(lines)), firstWordLength(view, next)) && !STRONG_END.test(text)) &&
      !goesOn(text, nextFirst)
    ) {
      flush();
      continue;
    }
    // A table laid out in columns ("Israel      13 January 1993      -"), or a row with dot leaders ("Uruguay ........ 18 November
    // 2016"): each row is a line of its own.
    // (A line's cell starts, found as the next line of the one before, are not scanned again.)
    if (PIPE_ROW.test(text) || PIPE_ROW.test(view.slice(next.start, next.end))) {
      flush();
      continue;
    }
    const starts = scanned?.line === line ? scanned.starts : cellStarts(view, line);
    scanned = { line: next, starts: cellStarts(view, next) };
    if (alignedRows(starts, scanned.starts) || text.includes("....")) {
      flush();
      continue;
    }
    const soft = LOWER.test(nextFirst) || (wrapped && line.length >= 45 && !STRONG_END.test(text));
    if ((!soft || (line.length < 25 && !LOWER.test(nextFirst))) && !goesOn(text, nextFirst)) flush();
  }
  flush();
  return mergeLists(view, out);
}

/**
 * The segments that overlap none of `ranges` (character ranges to leave out, such as metadata
 * lines, in any order): `segments.filter((s) => !ranges.some(([a, b]) => s.start < b && s.end > a))`
 * in one sweep instead of one scan of the ranges per segment. The segments must be in text order
 * (as splitSentences gives them): then the ranges that start before a segment's end only grow,
 * and the segment is left out when the furthest end among them lies after its start.
 */
export function outsideRanges(segments: readonly Segment[], ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const byStart = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: Segment[] = [];
  let next = 0;
  let reach = -Infinity;
  for (const seg of segments) {
    for (; next < byStart.length && (byStart[next] as readonly [number, number])[0] < seg.end; next++) {
      reach = Math.max(reach, (byStart[next] as readonly [number, number])[1]);
    }
    if (reach <= seg.start) out.push(seg);
  }
  return out;
}

const WORD_START = /[\p{L}\p{N}]/u;

/**
 * A line that cannot end a sentence goes on on the next one, whatever its length or the next
 * line's first letter: a word hyphenated at the wrap ("Guinea-\nBissau"), a last word like "and"
 * or "the" ("Chile, Peru and\nKenya"), a comma ending a list that is still going ("Chile, Peru,\nKenya").
 */
function goesOn(text: string, nextFirst: string): boolean {
  if (!WORD_START.test(nextFirst)) return false;
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last === 45 || last === 0xad) return n > 1 && WORD_START.test(text.charAt(n - 2));
  if (last === 44) return text.indexOf(", ") >= 0 && text.indexOf(", ") < n - 2;
  let i = n;
  while (i > 0 && n - i <= 9 && isLetterOrDot(text, i - 1) && text.charCodeAt(i - 1) !== 46) i--;
  return (i === 0 || !isLetterOrDot(text, i - 1)) && CONTINUING.has(text.slice(i));
}

/** A line that is a list of names ("Albania, Andorra, Australia, …, and the United States."): short capitalised items between commas. */
function isNameList(text: string): boolean {
  const items = text
    .split(/,|\band\b|;/u)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  if (items.length < 4) return false;
  let names = 0;
  for (const item of items)
    if (UPPER.test(item.charAt(0) === "t" && item.startsWith("the ") ? item.charAt(4) : item.charAt(0)) && item.split(" ").length <= 6) names++;
  return names >= items.length * 0.8;
}

/** A list line that states its own act: "Burkina Faso – ratified 1998", "- Chile: Protocol signed 2019", "Peru — not ratified". */
const OWN_ACT_LINE =
  /^[ \t]*(?:[-–—•*·▪][ \t]+)?[^\s–—:][^\n–—:]{1,59}?(?:[–—:]|[ \t]-)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?:not[ \t]+(?:yet[ \t]+)?)?(?:ratified|signed|acceded|accepted|approved|joined|withdrew|withdrawn|denounced|deposited)\b/u;

/** An introduction ending in ":" absorbs the list items (or short lines) that follow it, or a line that lists names. */
const QUESTION_MARK = 63;

function mergeLists(view: string, segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment;
    // Segments are never empty: their last character is the view's at end - 1.
    if (view.charCodeAt(seg.end - 1) !== 58) {
      out.push(seg);
      continue;
    }
    let end = seg.end;
    let j = i + 1;
    while (j < segments.length) {
      const item = segments[j] as Segment;
      const text = view.slice(item.start, item.end);
      const gap = item.paragraph - (segments[j - 1] as Segment).paragraph;
      // After a blank line only a marked item goes on with the list: a short line there is the next heading ("NEW PARTIES").
      const isItem =
        LIST_MARKER.test(text) || (gap === 0 && text.length <= 60 && !FULL_STOP_END.test(text) && !text.endsWith(":")) || (j === i + 1 && isNameList(text));
      // (A question is a sentence of its own, marked or not: "the following Question: ¶ (i) Could the Cabinet Secretary explain why …?")
      if (!isItem || gap > 1 || item.end - seg.start > MAX_SEGMENT || view.charCodeAt(item.end - 1) === QUESTION_MARK) break;
      end = item.end;
      j++;
    }
    // "Status of the Protocol in the region:\nBurkina Faso – ratified 1998\nMalawi – ratified 2008": items that each state their own
    // act are sentences of their own, under the introduction.
    if (j > i + 2 && segments.slice(i + 1, j).every((item) => OWN_ACT_LINE.test(view.slice(item.start, item.end)))) {
      out.push(seg);
      continue;
    }
    out.push({ start: seg.start, end, paragraph: seg.paragraph, list: j > i + 1 });
    i = j - 1;
  }
  return out;
}

/**
 * "(Viet Nam has been a State Party to X since 2015.)": a sentence wholly in brackets is read as the sentence inside them. Each
 * segment that opens with a bracket closed only at its end is narrowed to its inside (the others are returned as they are).
 */
export function withoutEnclosingBrackets(view: string, segments: readonly Segment[]): Segment[] {
  return segments.map((seg) => {
    if (view.charCodeAt(seg.start) !== OPEN_BRACKET) return seg;
    let end = seg.end;
    while (end > seg.start && WHITE.test(view.charAt(end - 1))) end--;
    if (view.charAt(end - 1) === "." && view.charCodeAt(end - 2) === CLOSE_BRACKET) end--; // "(… 2015)."
    if (view.charCodeAt(end - 1) !== CLOSE_BRACKET) return seg;
    let depth = 0;
    for (let k = seg.start; k < end - 1; k++) {
      const c = view.charCodeAt(k);
      if (c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACKET && --depth === 0) return seg; // closed before the end: "(a) A ratified X (2019)"
    }
    return { ...seg, start: seg.start + 1, end: end - 1 };
  });
}
const OPEN_BRACKET = 40; // (
const CLOSE_BRACKET = 41; // )
const WHITE = /\s/u;
