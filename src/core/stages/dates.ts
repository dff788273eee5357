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
const DAY_MS = 86400000;
/** Month names as the genre writes them (case-sensitive: "may" is a verb, "march" a noun). */
/** Month names as written, and in capitals in full ("20 NOVEMBER 2024", as UN press releases date themselves). */
const MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";
const ORDINAL = "(?:st|nd|rd|th)?";
/** The second day of a window: "14-16", "14 – 16", "14 to 16", "27 and 28" (not "No:13 - 22 January", a number and a date). */
const WINDOW_END = `(?:(?:[-–]|\\s–\\s|\\s(?:to|and)\\s)(\\d{1,2})${ORDINAL})?`;
/** 2018-10-01 */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;
/** 30.11.2017, 22-10-2012, 3/12/2007 (day first, as UN and European copy writes them) */
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/gu;
/** "The 26 in September of 2019" (a translated dateline), "the 12th day of May, 2023", "this 3rd day of June 2019" (a formal one). */
const THE_DAY_IN = new RegExp(`\\b(?:[Tt]he|[Tt]his)\\s(\\d{1,2})${ORDINAL}\\s(?:day\\sof\\s|in\\s|of\\s)(${MONTH})\\b(?:,?\\s(?:of\\s)?(\\d{4})\\b)?`, "gu");
/** 30 November 2017, 11 July, 2018, 6-23 June 2017, 14 to 16 September 2005, 3rd of May 2010, 24 March */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORDINAL}${WINDOW_END}\\s(?:of\\s)?(${MONTH})\\b(?:\\.?,?\\s(?:of\\s)?(\\d{4})\\b)?`, "gu");
/** September 16, 2005, Sept. 27, September 28, Sep 29 2008, September 14-16, 2005 */
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\.?\\s(\\d{1,2})${ORDINAL}${WINDOW_END}\\b(?:,?\\s(\\d{4})\\b)?`, "gu");
/** Only text with a month name, a year, a numeric date or a relative word can hold a date. */
const HAS_DATE_HINT = new Caseless(
  /(?<!\w)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?<!\w)(?:1[89]|20)\d\d(?!\w)|\d[./-]\d|today|yesterday|tonight|(?<!\w)(?:last|this|the)\s(?:year|month|week|morning|afternoon|evening)|day(?!\w)|\sago(?!\w)/iu,
);
// (Also right after an act's participle, as trackers write it: "Malawi – ratified 2008", "declaration made 2013, withdrawn 2016".)
const BARE_YEAR = new Caseless(
  /(?<!\w)(?:(?:in|since|during|of|early|late|mid|throughout|until)\s(?:the\s)?|(?:mid|early|late)-|(?:ratified|signed|acceded|accepted|approved|deposited|made|withdrawn|denounced)\s)((?:1[89]|20)\d\d)(?!\w)(?!\s?(?:[-–/]|convention|protocol|amendment|agreement))/giu,
);
/** A year coordinated with the one before it: ", 2003", " and 2016". */
const COORDINATED_YEAR = /^(?:,\s?|\s(?:and|or)\s|,\sand\s)((?:1[89]|20)\d\d)\b(?![-–/])/u;
/** A year right before an acronym or a treaty word names an instrument ("the 2005 CPPNM Amendment"), not a date. */
const NAME_AFTER_YEAR =
  /^\s(?:[A-Z]{2,}\b|(?:Convention|Protocol|Amendment|Agreement|Treaty|Declaration|Statute|Covenant|Hague|Geneva|Optional|Additional|First|Second|Third)\b)/u;
const RELATIVE = new Caseless(
  /(?<!\w)(today|yesterday|tonight|(?:earlier|later)\s(?:in\s)?(?:the|this)\syear|(?:last|this)\s(?:year|month|week)|this\s(?:morning|afternoon|evening)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|\d{1,2})\syears?\sago(?:\stoday)?)(?!\w)/giu,
);
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_YEAR = new RegExp(`\\b(${MONTH})\\.?(?:\\s|\\sof\\s)((?:1[89]|20)\\d\\d)\\b`, "gu");
/**
 * "last December", "back in April", "in October this year", "Last December, …": a month whose year the document's date implies (not
 * "in September of that year", "in May of the same year": a year the text stated, read as a date anaphor where the act is dated).
 */
const YEARLESS_MONTH = new RegExp(
  `\\b([Ll]ast|[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-)\\s(${MONTH})\\b(?!\\.?\\s?\\d)(?!\\s(?:of\\s)?(?:that|the\\ssame)\\s(?:same\\s)?year\\b)(?:\\s(this|last)\\syear\\b)?`,
  "gu",
);
/** "on Friday", "Wednesday": the latest such day up to the document's date. */
const WEEKDAY = /\b(?:(next|coming|this)\s)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gu;
/** Words that make a relative day a bound, not the act's date: "before today", "until last year", "as of today". */
const UNTIL_BEFORE = /(?<!\w)(?:before|until|till|prior\sto|up\sto|as\sof|as\sat|by)\s$/iu;
/** A weekday right before a day ("Thursday, 3 April", "Thursday 3 April"). */
const WEEKDAY_BEFORE = /(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+(?:the\s+)?$/u;
const WEEKDAY_REACH = 14;

/** The year nearest the document's (one before, its own, one after) in which that day falls on that weekday, or null. */
function weekdayYear(weekday: number, month: number, day: number, ref: Date): number | null {
  const y = ref.getUTCFullYear();
  let best: number | null = null;
  let gap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const t = Date.UTC(year, month - 1, day);
    if (new Date(t).getUTCDay() !== weekday) continue;
    const d = Math.abs(t - ref.getTime());
    if (d < gap) [best, gap] = [year, d];
  }
  return best;
}

/** "today (Thursday)": the weekday only repeats the day. */
const AFTER_TODAY = /today\W{0,3}$/iu;
const SPACES = /\s+/gu;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const WEEKDAY_WORDS = new Set(WEEKDAYS.map((w) => w.toLowerCase()));

/** Whether a lower-case word names a day of the week ("thursday"). */
export function isWeekday(word: string): boolean {
  return WEEKDAY_WORDS.has(word);
}

const ONLY_MAY = /^may$/iu;
const NOT_LATIN_LETTER = /[^A-Za-z]/gu;
const CAPITAL_MAY = /May|MAY/u;
const FOUR_DIGITS = /\d{4}/u;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** What compact() changes: a tab, a line break, or a space after a space. */
const NEEDS_FOLDING = /[\t\n\r]| {2}/u;

function isFoldedSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Folds white-space runs to one space; `at(k)` is the offset in `text` of s[k] (at(s.length) is
 * `to`). Copies stretches, not characters, and remembers only the runs that dropped characters,
 * as pairs [index in s of the run's space, characters dropped up to and including that run].
 */
function compact(text: string, from: number, to: number): { s: string; at: (k: number) => number } {
  // Most sentences have nothing to fold (no line break, tab or double space): then s is the slice itself.
  const slice = text.slice(from, to);
  if (!NEEDS_FOLDING.test(slice)) return { s: slice, at: (k) => from + k };
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
  /** The last day of a window ("14 to 16 September"), which keeps only the month. */
  until: number | null;
}

/** A month's number by its first three letters (lower case). */
const MONTH_BY_PREFIX = new Map(MONTHS.map((m, i) => [m.slice(0, 3), i + 1]));
/** The number of a month name as the patterns match it ("Sept", "May", "december"), 0 for none. */
export const monthOf = (name: string): number => {
  const prefix = name.toLowerCase().slice(0, 3);
  return prefix.length === 3 ? (MONTH_BY_PREFIX.get(prefix) ?? 0) : MONTHS.findIndex((x) => x.startsWith(prefix)) + 1;
};
const num = (s: string | undefined): number | null => (s ? +s : null);

const MONTH_WORDS = new Set([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), "sept"]);
const DAY_OR_YEAR = /^(?:\d{1,2}|(?:1[89]|20)\d\d)$/u;

/** A month's name or abbreviation in lower case ("june", "sept", "dec"). */
export function isMonthWord(word: string): boolean {
  return MONTH_WORDS.has(word);
}

/** Words that open a date relative to the text's own, before its unit or a day: "last year", "earlier this month", "this spring". */
export const RELATIVE_DATE_OPENERS: ReadonlySet<string> = new Set(["last", "this", "earlier", "later"]);

const WHOLE_YEAR = /^(?:1[89]|20)\d\d$/u;

/** A year as a word ("2019"). */
export function isYearWord(word: string): boolean {
  return WHOLE_YEAR.test(word);
}

/** A word of a written date in lower case: a day, a year or a month ("3", "2019", "june"). */
export function isDateWord(word: string): boolean {
  return DAY_OR_YEAR.test(word) || MONTH_WORDS.has(word);
}

/** The forms with a day, in order (a later one never takes text an earlier one matched), each with how to read it. */
const DAY_FORMS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => DayDate, "numeric" | "month"]> = [
  [ISO, (m) => ({ year: +(m[1] as string), month: +(m[2] as string), day: +(m[3] as string), until: null }), "numeric"],
  [NUMERIC, (m) => ({ year: +(m[4] as string), month: +(m[3] as string), day: +(m[1] as string), until: null }), "numeric"],
  [THE_DAY_IN, (m) => ({ year: num(m[3]), month: monthOf(m[2] as string), day: +(m[1] as string), until: null }), "month"],
  [DAY_MONTH, (m) => ({ year: num(m[4]), month: monthOf(m[3] as string), day: +(m[1] as string), until: num(m[2]) }), "month"],
  [MONTH_DAY, (m) => ({ year: num(m[4]), month: monthOf(m[1] as string), day: +(m[2] as string), until: num(m[3]) }), "month"],
];
/** What every form with a month needs: a month's name as a whole word (case-sensitive; not the "Dec" of "Declaration"). */
const MONTH_WORD = new RegExp(`\\b(?:${MONTH})\\b`, "u");
/** What the forms with a day or a year need besides. */
const ANY_DIGIT = /\d/u;
/** What a bare year needs: a year as a whole word. */
const YEAR_WORD = /\b(?:1[89]|20)\d\d\b/u;
/** What ISO and NUMERIC need. */
const DIGIT_SEPARATOR_DIGIT = /\d[./-]\d/u;

/** Days in a month; February has 29 when the year is unknown. */
function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A day that exists: no 31 June, no 30 February, no window that ends before it starts. */
function possible(d: DayDate): boolean {
  if (d.month < 1 || d.month > 12 || !d.day || d.day < 1 || d.day > daysIn(d.month, d.year)) return false;
  return d.until === null || (d.until > d.day && d.until <= daysIn(d.month, d.year));
}

/** `new Date(t).toISOString().slice(0, 10)` without building the whole ISO string (years 0-9999; the rest as toISOString, which also throws on NaN). */
function ymd(t: number): string {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${String(y).padStart(4, "0")}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The days written with a month or as numbers, each with its offsets in the compacted text. */
function dayDates(s: string, month = MONTH_WORD.test(s)): Array<DayDate & { index: number; length: number }> {
  const found: Array<DayDate & { index: number; length: number }> = [];
  const taken = (at: number) => found.some((f) => at >= f.index && at < f.index + f.length);
  // Two quick scans spare the patterns that cannot match: every month form holds a month's name as
  // a word, every numeric form a digit, a separator and a digit.
  const numeric = DIGIT_SEPARATOR_DIGIT.test(s);
  for (const [re, read, needs] of DAY_FORMS) {
    if (needs === "month" ? !month : !numeric) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (taken(m.index)) continue;
      const d = read(m);
      // "May" is also a verb: only with a day next to it (checked by the patterns) and capitalised.
      if (ONLY_MAY.test(m[0].replace(NOT_LATIN_LETTER, "")) && !CAPITAL_MAY.test(m[0])) continue;
      // An impossible day (31 June) is no date, and its text is no other date either.
      found.push({ index: m.index, length: m[0].length, ...d, month: possible(d) ? d.month : 0 });
    }
  }
  return found;
}

/** The first day-and-month written in `text` (a dateline without its year: "ISLAMABAD, March 5:"), or null. */
export function firstDayMonth(text: string): { month: number; day: number; index: number } | null {
  const found = dayDates(text).filter((f) => f.month > 0 && f.until === null && f.day);
  found.sort((a, b) => a.index - b.index);
  const f = found[0];
  return f ? { month: f.month, day: f.day as number, index: f.index } : null;
}

const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening"]);

/** "today", "last month", "this week" …: a value against the document's date, or null when it names no certain month. */
const YEARS_AGO = /^(\S+) years? ago( today)?$/u;
const AGO = /\sago(?:\stoday)?$/iu;
const APPROXIMATE = /(?<!\w)(?:more\sthan|over|almost|nearly|some|about|around|roughly|at\sleast|less\sthan|under)\s$/iu;
const AGO_THEN_MONTH = /^,?\s*(?:in\s)?$/iu;
const YEAR_COUNTS: ReadonlyMap<string, number> = new Map([
  ["a", 1],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["fifteen", 15],
  ["twenty", 20],
  ["twenty-five", 25],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
]);

function relativeValue(word: string, ref: Date): string | null {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  // "this morning", "this afternoon", "tonight": the day itself.
  if (word === "today" || word === "tonight" || (word.startsWith("this ") && PARTS_OF_DAY.has(word.slice(5)))) return ymd(ref.getTime());
  if (word === "yesterday") return ymd(ref.getTime() - DAY_MS);
  // "ten years ago", "Twenty years ago today": the year so many years before the document's, or that day of it.
  const ago = YEARS_AGO.exec(word);
  if (ago) {
    const n = /^\d/u.test(ago[1] as string) ? Number(ago[1]) : (YEAR_COUNTS.get(ago[1] as string) ?? 0);
    if (n === 0) return null;
    return ago[2] ? `${String(y - n).padStart(4, "0")}-${pad(m)}-${pad(ref.getUTCDate())}` : String(y - n);
  }
  if (word === "last year") return String(y - 1);
  // "earlier in the year", "later this year": the document's year.
  if (word === "this year" || /^(?:earlier|later) (?:in )?(?:the|this) year$/u.test(word)) return String(y);
  if (word === "this month") return `${y}-${pad(m)}`;
  if (word === "last month") return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  // A week names a month only when it lies inside one.
  const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY_MS;
  const from = word === "this week" ? monday : monday - 7 * DAY_MS;
  const to = word === "this week" ? ref.getTime() : monday - DAY_MS;
  return ymd(from).slice(0, 7) === ymd(to).slice(0, 7) ? ymd(from).slice(0, 7) : null;
}

/** "last December", "back in April", "in October this year" against the document's date, preferring the past. */
function yearlessMonths(
  s: string,
  ref: Date,
  covered: (k: number) => boolean,
  section: number | null = null,
): Array<{ index: number; length: number; value: string }> {
  const out: Array<{ index: number; length: number; value: string }> = [];
  const y = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  YEARLESS_MONTH.lastIndex = 0;
  for (let m = YEARLESS_MONTH.exec(s); m !== null; m = YEARLESS_MONTH.exec(s)) {
    const at = m.index + (m[1] as string).length + 1;
    if (covered(at)) continue;
    const month = monthOf(m[2] as string);
    let year = month < refMonth || (month === refMonth && (m[1] as string).toLowerCase() !== "last") ? y : y - 1;
    if (m[3]) year = m[3] === "this" ? y : y - 1;
    // ("## 2017 ¶ … in March": the year of the heading it is under.)
    else if (section !== null && (m[1] as string).toLowerCase() !== "last") year = section;
    out.push({ index: at, length: m.index + m[0].length - at, value: `${year}-${pad(month)}` });
  }
  return out;
}

/** "on Friday": the latest Friday up to the document's date; not "next Friday", not a weekday that heads a date ("Friday (September 28)"). */
function weekdays(s: string, ref: Date, nearDate: (k: number) => boolean): Array<{ index: number; length: number; value: string }> {
  const out: Array<{ index: number; length: number; value: string }> = [];
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(s); m !== null; m = WEEKDAY.exec(s)) {
    if (m[1]) continue;
    const at = m.index;
    const end = at + m[0].length;
    if (nearDate(end) || AFTER_TODAY.test(s.slice(Math.max(0, at - 9), at))) continue;
    const back = (ref.getUTCDay() - WEEKDAYS.indexOf(m[2] as string) + 7) % 7;
    out.push({ index: at, length: end - at, value: ymd(ref.getTime() - back * DAY_MS) });
  }
  return out;
}

function parseChunk(text: string, from: number, to: number, ref: Date | null, section: number | null = null, opens = false): DateMention[] {
  const { s, at } = compact(text, from, to);
  // "## 2024 ¶ - **14/02** – Sierra Leone signs.", "2013 ¶ 2 April   The General Assembly adopts …", "- **January:** …": an entry
  // of a chronology under a year's heading opens with a day and month, or a month, of that year.
  const entry = section !== null && opens ? entryDate(s, section) : null;
  // The compacted text folds case as its chunk does: one look picks all the case-insensitive patterns.
  const plain = Caseless.plain(s);
  if (!HAS_DATE_HINT.pick(plain).test(s))
    return entry ? [{ start: at(entry.index), end: at(entry.index + entry.length), value: entry.value, relative: false }] : [];
  const out: DateMention[] = entry ? [{ start: at(entry.index), end: at(entry.index + entry.length), value: entry.value, relative: false }] : [];
  // Every form with a month name holds it as a word (case-sensitive), every form with a day or a
  // year a digit, and every weekday "day": a quick scan each spares the patterns that cannot match.
  const monthWord = MONTH_WORD.test(s);
  const month = monthWord && ANY_DIGIT.test(s);
  const found = dayDates(s, month);
  if (entry) found.push({ index: entry.index, length: entry.length, year: 0, month: 0, day: null, until: null });
  for (const f of found) {
    if (f.month === 0) continue;
    let year = f.year ?? 0; // 0: may borrow a year stated next to it, below; else dropped
    if (f.year === null && section !== null) year = section;
    else if (f.year === null && ref) {
      year = ref.getUTCFullYear();
      if (Date.UTC(year, f.month - 1, f.day ?? 1) > ref.getTime()) year -= 1; // prefer the past
      // "on Thursday, 3 April": the year, next to the document's, whose 3 April is a Thursday.
      const named = f.day ? WEEKDAY_BEFORE.exec(s.slice(Math.max(0, f.index - WEEKDAY_REACH), f.index)) : null;
      if (named) year = weekdayYear(WEEKDAYS.indexOf(named[1] as string), f.month, f.day as number, ref) ?? year;
      if (!possible({ ...f, year })) continue; // 29 February in a year without one
    }
    const y4 = String(year).padStart(4, "0");
    const value = f.day && f.until === null ? `${y4}-${pad(f.month)}-${pad(f.day)}` : `${y4}-${pad(f.month)}`;
    out.push({ start: at(f.index), end: at(f.index + f.length), value, relative: false });
  }
  const inFound = (k: number) => found.some((f) => f.index <= k && k < f.index + f.length);
  MONTH_YEAR.lastIndex = 0;
  for (let m = month ? MONTH_YEAR.exec(s) : null; m !== null; m = MONTH_YEAR.exec(s)) {
    if (inFound(m.index)) continue;
    out.push({ start: at(m.index), end: at(m.index + m[0].length), value: `${m[2]}-${pad(monthOf(m[1] as string))}`, relative: false });
    found.push({ index: m.index, length: m[0].length, year: 0, month: 0, day: null, until: null });
  }
  if (ref) {
    const relative = RELATIVE.pick(plain);
    relative.lastIndex = 0;
    for (let m = relative.exec(s); m !== null; m = relative.exec(s)) {
      // "Before today, it had been ratified by eight States", "As of today, 50 States have joined": a time before the day, not the day.
      if (UNTIL_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
      // ("more than ten years ago", "some twenty years ago": a count that says no year.)
      if (APPROXIMATE.test(s.slice(Math.max(0, m.index - 12), m.index)) && AGO.test(m[0])) continue;
      const value = relativeValue((m[1] as string).toLowerCase().replace(SPACES, " "), ref);
      if (value) out.push({ start: at(m.index), end: at(m.index + m[0].length), value, relative: true });
    }
    const nearDate = (k: number) => found.some((f) => f.month > 0 && f.index >= k && f.index - k <= 3);
    for (const w of [...(monthWord ? yearlessMonths(s, ref, inFound, section) : []), ...(s.includes("day") ? weekdays(s, ref, nearDate) : [])]) {
      out.push({ start: at(w.index), end: at(w.index + w.length), value: w.value, relative: true });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "Two years ago, in July": the month of the year the count names.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as DateMention;
    const b = out[i + 1] as DateMention;
    if (
      a.relative &&
      b.relative &&
      a.value.length === 4 &&
      b.value.length === 7 &&
      AGO.test(text.slice(a.start, a.end)) &&
      AGO_THEN_MONTH.test(text.slice(a.end, b.start))
    )
      b.value = a.value + b.value.slice(4);
  }
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
  if (!YEAR_WORD.test(chunk)) return out.sort((a, b) => a.start - b.start);
  const bareYear = BARE_YEAR.pick(plain);
  bareYear.lastIndex = 0;
  for (let m = bareYear.exec(chunk); m !== null; m = bareYear.exec(chunk)) {
    const y = m[1] as string;
    const start = from + m.index + m[0].length - y.length;
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    if (NAME_AFTER_YEAR.test(text.slice(start + 4, start + 40))) continue;
    out.push({ start, end: start + 4, value: y, relative: false });
    // "in 2015 and 2016 respectively", "in 2001, 2003 and 2009": the years coordinated with it.
    for (let at = start + 4, next = COORDINATED_YEAR.exec(text.slice(at, at + 12)); next !== null; next = COORDINATED_YEAR.exec(text.slice(at, at + 12))) {
      const nextStart = at + next[0].length - 4;
      if (NAME_AFTER_YEAR.test(text.slice(nextStart + 4, nextStart + 40))) break;
      out.push({ start: nextStart, end: nextStart + 4, value: next[1] as string, relative: false });
      at = nextStart + 4;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A chronology entry's own date that only its section's year completes, at the start of `s`: "- **14/02** – …" (day and month in
 * figures), "**January:** …", "July         First UN Conference …" (a month alone, then a colon, a dash or a column's gap); null
 * otherwise (a day and a month's name, "27 October –", is read as any yearless date is).
 */
function entryDate(s: string, year: number): { index: number; length: number; value: string } | null {
  const m = ENTRY_DATE.exec(s);
  if (!m) return null;
  const at = m.index + (m[1] as string).length;
  if (m[2] !== undefined) {
    const day = Number(m[2]);
    const month = Number(m[3]);
    if (!possible({ year, month, day, until: null })) return null;
    return { index: at, length: (m[2] as string).length + 1 + (m[3] as string).length, value: `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}` };
  }
  return { index: at, length: (m[4] as string).length, value: `${String(year).padStart(4, "0")}-${pad(monthOf(m[4] as string))}` };
}
const ENTRY_DATE = new RegExp(`^([\\s>*•·-]*(?:\\*\\*|__)?)(?:(\\d{1,2})/(\\d{1,2})|(${MONTH}))(?:\\*\\*|__)?(?::|\\s[-–—]\\s|\\s{2,}(?=\\p{Lu}))`, "u");

/** A line that is a year's heading ("## 2016", "- **2018**", "2006", "2019:"), and lines that end a year's section. */
const YEAR_HEADING = /^[ \t]*(?:#{1,6}[ \t]*|[-*•][ \t]*)?(?:\*\*|__)?((?:1[89]|20)\d\d)(?:\*\*|__)?(?:[ \t]*:)?[ \t]*$/gmu;
const SECTION_END = /^[ \t]*(?:#{1,6}[ \t]|[-=]{3,}[ \t]*$|[A-Z][A-Z0-9 ,:;'’()-]{5,}$)/gmu;

/** The year headings of the last text asked about, with where each one's section ends. */
let lastSections: { text: string; at: number[]; end: number[]; year: number[] } | null = null;

/** The year of the year heading whose section holds offset `from` of `text`, or null. */
export function sectionYear(text: string, from: number): number | null {
  if (lastSections?.text !== text) {
    const at: number[] = [];
    const year: number[] = [];
    const end: number[] = [];
    if (YEAR_LINE_HINT.test(text)) {
      YEAR_HEADING.lastIndex = 0;
      for (let m = YEAR_HEADING.exec(text); m !== null; m = YEAR_HEADING.exec(text)) {
        at.push(m.index + m[0].length);
        year.push(Number(m[1]));
      }
      const ends: number[] = [];
      SECTION_END.lastIndex = 0;
      for (let m = SECTION_END.exec(text); m !== null; m = SECTION_END.exec(text)) ends.push(m.index);
      for (let k = 0; k < at.length; k++) {
        const next = at[k + 1] ?? text.length;
        const stop = ends.find((e) => e > (at[k] as number) && e < next);
        end.push(stop ?? next);
      }
    }
    lastSections = { text, at, end, year };
  }
  const { at, end, year } = lastSections;
  for (let k = at.length - 1; k >= 0; k--) if ((at[k] as number) <= from) return from < (end[k] as number) ? (year[k] as number) : null;
  return null;
}
const YEAR_LINE_HINT = /^[ \t#*•_-]*(?:1[89]|20)\d\d[*_ \t:]*$/mu;

/** The document date of the last call, parsed (a document asks many times with the same one). */
let lastRef: { refDate: string; date: Date } | null = null;

/** All date mentions in `text[from, to)`; `refDate` (YYYY-MM-DD) is the document's own date. */
export function findDates(text: string, from: number, refDate: string | null, to = text.length): DateMention[] {
  if (refDate && lastRef?.refDate !== refDate) lastRef = { refDate, date: new Date(`${refDate}T12:00:00Z`) };
  const ref = refDate ? (lastRef as { date: Date }).date : null;
  const out: DateMention[] = [];
  const section = sectionYear(text, from);
  for (let start = from; start < to; start += MAX_CHUNK) {
    out.push(...parseChunk(text, start, Math.min(to, start + MAX_CHUNK), ref, section, start === from));
  }
  return out;
}
