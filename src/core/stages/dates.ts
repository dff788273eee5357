import { Caseless } from "../text/caseless";

/**
 * Date mentions inside a piece of text (a sentence, a dateline), with their precision kept.
 *
 * The genre writes dates in a handful of forms, parsed here by one small grammar (the day-month
 * forms below, "in October 2015", bare years, "today"/"yesterday"/"last year"). chrono-node did
 * this first; it spent a third of all extraction time on it, and its casual mode guessed dates
 * from words like "now", so a grammar that knows exactly these forms replaced it.
 *  - a component the text leaves out (the year of "on 24 March") is kept only when the document
 *    has a date of its own to imply it from, and then resolved to the past (a statement reports
 *    acts that happened, not ones a year ahead), or when the next date in the sentence states
 *    one ("on 10 February and 22 February 2016");
 *  - "today", "yesterday", "last year" need the document's date, else they give nothing;
 *  - white-space runs are folded before matching, and the offsets are mapped back.
 */
export interface DateMention {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** True when the value came from a relative expression resolved against the document date. */
  relative: boolean;
}

const MAX_CHUNK = 4000;
/** 2018-10-01 */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;
/** 30.11.2017, 22-10-2012, 3/12/2007 (day first, as UN and European copy writes them) */
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/gu;
/** 30 November 2017, 11 July, 2018, 6-23 June 2017, 3rd of May 2010, 24 March */
const DAY_MONTH = /\b(\d{1,2})(?:\s?[-–]\s?\d{1,2})?(?:st|nd|rd|th)?\s(?:of\s)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(?:\.?,?\s(\d{4})\b)?/gu;
/** September 16, 2005, Sept. 27, September 28 */
const MONTH_DAY = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s(\d{4})\b)?/gu;
/** Only text with a month name, a year, a numeric date or a relative word can hold a date. */
const HAS_DATE_HINT = new Caseless(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:1[89]|20)\d\d\b|\d[./-]\d|today|yesterday|\blast year|\bthis year/iu);
const BARE_YEAR = new Caseless(/\b(?:in|since|during|of|early|late|mid|throughout)\s(?:the\s)?((?:1[89]|20)\d\d)\b(?!\s?(?:[-–/]|convention|protocol|amendment|agreement))/giu);
/** A year right before an acronym or a treaty word names an instrument ("the 2005 CPPNM Amendment"), not a date. */
const NAME_AFTER_YEAR = /^\s(?:[A-Z]{2,}\b|(?:Convention|Protocol|Amendment|Agreement|Treaty|Declaration|Statute|Covenant|Hague|Geneva|Optional|Additional|First|Second|Third)\b)/u;
const RELATIVE = new Caseless(/\b(today|yesterday|last year|this year)\b/giu);
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s|\sof\s)((?:1[89]|20)\d\d)\b/gu;

const ONLY_MAY = /^may$/iu;
const NOT_LATIN_LETTER = /[^A-Za-z]/gu;
const CAPITAL_MAY = /May/u;
const FOUR_DIGITS = /\d{4}/u;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isFoldedSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Folds white-space runs to one space; `at(k)` is the offset in `text` of s[k] (at(s.length) is
 * `to`). Copies stretches, not characters, and remembers only the runs that dropped characters,
 * as pairs [index in s of the run's space, characters dropped up to and including that run].
 */
function compact(text: string, from: number, to: number): { s: string; at: (k: number) => number } {
  const runs: number[] = [];
  let s = "";
  let copied = from;
  let dropped = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isFoldedSpace(c)) continue;
    let j = i + 1;
    while (j < to && isFoldedSpace(text.charCodeAt(j))) j++;
    if (c === 32 && j === i + 1) continue; // a single plain space stays as it is
    s += text.slice(copied, i) + " ";
    copied = j;
    if (j > i + 1) {
      runs.push(i - from - dropped, dropped + (j - i - 1));
      dropped += j - i - 1;
    }
    i = j - 1;
  }
  s += text.slice(copied, to);
  const at = (k: number): number => {
    // The last run whose space comes before s[k] (binary search over the pairs).
    let lo = 0;
    let hi = runs.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((runs[2 * mid] as number) < k) lo = mid + 1;
      else hi = mid;
    }
    return from + k + (lo > 0 ? (runs[2 * lo - 1] as number) : 0);
  };
  return { s, at };
}

interface DayDate {
  year: number | null;
  month: number;
  day: number | null;
}

const monthOf = (name: string) => MONTHS.findIndex((x) => x.startsWith(name.toLowerCase().slice(0, 3))) + 1;

/** The forms with a day, in order (a later one never takes text an earlier one matched), each with how to read it. */
const DAY_FORMS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => DayDate, "numeric" | "month"]> = [
  [ISO, (m) => ({ year: +(m[1] as string), month: +(m[2] as string), day: +(m[3] as string) }), "numeric"],
  [NUMERIC, (m) => ({ year: +(m[4] as string), month: +(m[3] as string), day: +(m[1] as string) }), "numeric"],
  [DAY_MONTH, (m) => ({ year: m[3] ? +m[3] : null, month: monthOf(m[2] as string), day: +(m[1] as string) }), "month"],
  [MONTH_DAY, (m) => ({ year: m[3] ? +m[3] : null, month: monthOf(m[1] as string), day: +(m[2] as string) }), "month"],
];
/** What DAY_MONTH, MONTH_DAY and MONTH_YEAR need (their month names are case-sensitive). */
const MONTH_PREFIX = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/u;
/** What ISO and NUMERIC need. */
const DIGIT_SEPARATOR_DIGIT = /\d[./-]\d/u;

function parseChunk(text: string, from: number, to: number, ref: Date | null): DateMention[] {
  const { s, at } = compact(text, from, to);
  if (!HAS_DATE_HINT.for(s).test(s)) return [];
  const out: DateMention[] = [];
  const found: Array<DayDate & { index: number; length: number }> = [];
  const taken = (at: number) => found.some((f) => at >= f.index && at < f.index + f.length);
  // Two quick scans spare the patterns that cannot match: every month form holds a month's first
  // three letters, every numeric form a digit, a separator and a digit.
  const month = MONTH_PREFIX.test(s);
  const numeric = DIGIT_SEPARATOR_DIGIT.test(s);
  for (const [re, read, needs] of DAY_FORMS) {
    if (needs === "month" ? !month : !numeric) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (taken(m.index)) continue;
      const d = read(m);
      if (d.month < 1 || d.month > 12 || !d.day || d.day < 1 || d.day > 31) continue;
      // "May" is also a verb: only with a day next to it (checked by the patterns) and capitalised.
      if (ONLY_MAY.test(m[0].replace(NOT_LATIN_LETTER, "")) && !CAPITAL_MAY.test(m[0])) continue;
      found.push({ index: m.index, length: m[0].length, ...d });
    }
  }
  for (const f of found) {
    let year = f.year ?? 0; // 0: may borrow a year stated next to it, below; else dropped
    if (f.year === null && ref) {
      year = ref.getUTCFullYear();
      if (Date.UTC(year, f.month - 1, f.day ?? 1) > ref.getTime()) year -= 1; // prefer the past
    }
    const y4 = String(year).padStart(4, "0");
    const value = f.day ? `${y4}-${pad(f.month)}-${pad(f.day)}` : `${y4}-${pad(f.month)}`;
    out.push({ start: at(f.index), end: at(f.index + f.length), value, relative: false });
  }
  const covered = (at: number) => out.some((d) => d.start <= at && at < d.end);
  MONTH_YEAR.lastIndex = 0;
  for (let m = month ? MONTH_YEAR.exec(s) : null; m !== null; m = MONTH_YEAR.exec(s)) {
    const start = at(m.index);
    if (covered(start)) continue;
    const key = (m[1] as string).toLowerCase().slice(0, 3);
    const month = MONTHS.findIndex((x) => x.startsWith(key)) + 1;
    out.push({ start, end: at(m.index + m[0].length), value: `${m[2]}-${pad(month)}`, relative: false });
  }
  if (ref) {
    const relative = RELATIVE.for(s);
    relative.lastIndex = 0;
    for (let m = relative.exec(s); m !== null; m = relative.exec(s)) {
      const word = (m[1] as string).toLowerCase();
      const d = new Date(ref.getTime() - (word === "yesterday" ? 86400000 : 0));
      const y = d.getUTCFullYear();
      const value = word === "last year" ? String(y - 1) : word === "this year" ? String(y) : `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      out.push({ start: at(m.index), end: at(m.index + m[0].length), value, relative: true });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "on 10 February and 22 February 2016": an implied year borrows the next explicit one.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as DateMention;
    const b = out[i + 1] as DateMention;
    const aText = text.slice(a.start, a.end);
    if (!FOUR_DIGITS.test(aText) && !a.relative && FOUR_DIGITS.test(text.slice(b.start, b.end)) && b.start - a.end < 40) {
      a.value = b.value.slice(0, 4) + a.value.slice(4);
    }
  }
  for (let i = out.length - 1; i >= 0; i--) if ((out[i] as DateMention).value.startsWith("0")) out.splice(i, 1);
  const chunk = text.slice(from, to);
  const bareYear = BARE_YEAR.for(chunk);
  bareYear.lastIndex = 0;
  for (let m = bareYear.exec(chunk); m !== null; m = bareYear.exec(chunk)) {
    const y = m[1] as string;
    const start = from + m.index + m[0].length - y.length;
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    if (NAME_AFTER_YEAR.test(text.slice(start + 4, start + 40))) continue;
    out.push({ start, end: start + 4, value: y, relative: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** All date mentions in `text[from, ...)`; `refDate` (YYYY-MM-DD) is the document's own date. */
/** The document date of the last call, parsed (a document asks many times with the same one). */
let lastRef: { refDate: string; date: Date } | null = null;

export function findDates(text: string, from: number, refDate: string | null, to = text.length): DateMention[] {
  if (refDate && lastRef?.refDate !== refDate) lastRef = { refDate, date: new Date(`${refDate}T12:00:00Z`) };
  const ref = refDate ? (lastRef as { date: Date }).date : null;
  const out: DateMention[] = [];
  for (let start = from; start < to; start += MAX_CHUNK) {
    out.push(...parseChunk(text, start, Math.min(to, start + MAX_CHUNK), ref));
  }
  return out;
}
