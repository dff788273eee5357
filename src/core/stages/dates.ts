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
const HAS_DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:1[89]|20)\d\d\b|\d[./-]\d|today|yesterday|\blast year|\bthis year/iu;
const BARE_YEAR = /\b(?:in|since|during|of|early|late|mid|throughout)\s(?:the\s)?((?:1[89]|20)\d\d)\b(?!\s?(?:[-–/]|convention|protocol|amendment|agreement))/giu;
/** A year right before an acronym or a treaty word names an instrument ("the 2005 CPPNM Amendment"), not a date. */
const NAME_AFTER_YEAR = /^\s(?:[A-Z]{2,}\b|(?:Convention|Protocol|Amendment|Agreement|Treaty|Declaration|Statute|Covenant|Hague|Geneva|Optional|Additional|First|Second|Third)\b)/u;
const RELATIVE = /\b(today|yesterday|last year|this year)\b/giu;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s|\sof\s)((?:1[89]|20)\d\d)\b/gu;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Folds white-space runs to one space, remembering where each kept character came from. */
function compact(text: string, from: number, to: number): { s: string; map: number[] } {
  const map: number[] = [];
  let s = "";
  let inSpace = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (space) {
      if (inSpace) continue;
      inSpace = true;
      s += " ";
    } else {
      inSpace = false;
      s += text[i];
    }
    map.push(i);
  }
  map.push(to);
  return { s, map };
}

function parseChunk(text: string, from: number, to: number, ref: Date | null): DateMention[] {
  const { s, map } = compact(text, from, to);
  if (!HAS_DATE_HINT.test(s)) return [];
  const out: DateMention[] = [];
  const found: Array<{ index: number; length: number; year: number | null; month: number; day: number | null }> = [];
  const taken = (at: number) => found.some((f) => at >= f.index && at < f.index + f.length);
  const monthOf = (name: string) => MONTHS.findIndex((x) => x.startsWith(name.toLowerCase().slice(0, 3))) + 1;
  for (const [re, read] of [
    [ISO, (m: RegExpExecArray) => ({ year: +(m[1] as string), month: +(m[2] as string), day: +(m[3] as string) })],
    [NUMERIC, (m: RegExpExecArray) => ({ year: +(m[4] as string), month: +(m[3] as string), day: +(m[1] as string) })],
    [DAY_MONTH, (m: RegExpExecArray) => ({ year: m[3] ? +m[3] : null, month: monthOf(m[2] as string), day: +(m[1] as string) })],
    [MONTH_DAY, (m: RegExpExecArray) => ({ year: m[3] ? +m[3] : null, month: monthOf(m[1] as string), day: +(m[2] as string) })],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (taken(m.index)) continue;
      const d = read(m);
      if (d.month < 1 || d.month > 12 || !d.day || d.day < 1 || d.day > 31) continue;
      // "May" is also a verb: only with a day next to it (checked by the patterns) and capitalised.
      if (/^may$/iu.test(m[0].replace(/[^A-Za-z]/gu, "")) && !/May/u.test(m[0])) continue;
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
    out.push({ start: map[f.index] as number, end: (map[f.index + f.length] ?? to) as number, value, relative: false });
  }
  const covered = (at: number) => out.some((d) => d.start <= at && at < d.end);
  MONTH_YEAR.lastIndex = 0;
  for (let m = MONTH_YEAR.exec(s); m !== null; m = MONTH_YEAR.exec(s)) {
    const start = map[m.index] as number;
    if (covered(start)) continue;
    const key = (m[1] as string).toLowerCase().slice(0, 3);
    const month = MONTHS.findIndex((x) => x.startsWith(key)) + 1;
    out.push({ start, end: (map[m.index + m[0].length] ?? to) as number, value: `${m[2]}-${pad(month)}`, relative: false });
  }
  if (ref) {
    RELATIVE.lastIndex = 0;
    for (let m = RELATIVE.exec(s); m !== null; m = RELATIVE.exec(s)) {
      const word = (m[1] as string).toLowerCase();
      const d = new Date(ref.getTime() - (word === "yesterday" ? 86400000 : 0));
      const y = d.getUTCFullYear();
      const value = word === "last year" ? String(y - 1) : word === "this year" ? String(y) : `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      out.push({ start: map[m.index] as number, end: (map[m.index + m[0].length] ?? to) as number, value, relative: true });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "on 10 February and 22 February 2016": an implied year borrows the next explicit one.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as DateMention;
    const b = out[i + 1] as DateMention;
    const aText = text.slice(a.start, a.end);
    if (!/\d{4}/u.test(aText) && !a.relative && /\d{4}/u.test(text.slice(b.start, b.end)) && b.start - a.end < 40) {
      a.value = b.value.slice(0, 4) + a.value.slice(4);
    }
  }
  for (let i = out.length - 1; i >= 0; i--) if ((out[i] as DateMention).value.startsWith("0")) out.splice(i, 1);
  BARE_YEAR.lastIndex = 0;
  const chunk = text.slice(from, to);
  for (let m = BARE_YEAR.exec(chunk); m !== null; m = BARE_YEAR.exec(chunk)) {
    const y = m[1] as string;
    const start = from + m.index + m[0].length - y.length;
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    if (NAME_AFTER_YEAR.test(text.slice(start + 4, start + 40))) continue;
    out.push({ start, end: start + 4, value: y, relative: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** All date mentions in `text[from, ...)`; `refDate` (YYYY-MM-DD) is the document's own date. */
export function findDates(text: string, from: number, refDate: string | null, to = text.length): DateMention[] {
  const ref = refDate ? new Date(`${refDate}T12:00:00Z`) : null;
  const out: DateMention[] = [];
  for (let start = from; start < to; start += MAX_CHUNK) {
    out.push(...parseChunk(text, start, Math.min(to, start + MAX_CHUNK), ref));
  }
  return out;
}
