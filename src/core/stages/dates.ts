import * as chrono from "chrono-node";

/**
 * Date mentions inside a piece of text (a sentence, a dateline), with their precision kept.
 *
 * chrono-node's strict English parser does the parsing (its casual one is some 15 times slower
 * and adds guesses like "now"); two small patterns add what strict leaves out: "in October 2015"
 * (month precision) and the relative words "today", "yesterday", "last year", "this year".
 * This stage decides what a result is worth:
 *  - a component chrono had to imply (the year of "on 24 March") is kept only when the document
 *    has a date of its own to imply it from, and then resolved to the past (a statement reports
 *    acts that happened, not ones a year ahead);
 *  - "today", "yesterday", "last year" need the document's date, else they give nothing;
 *  - bare years ("in 2016", "late in 2006") chrono does not parse: a tiny pattern adds them;
 *  - white-space runs are folded before chrono sees the text (chrono has had super-linear
 *    patterns on long runs), and the offsets are mapped back.
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
const CHRONO_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s?\d|\d\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[./-]\d{1,2}[./-]\d/iu;
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
  // chrono only where a month name or a numeric date can be; years and relative words are ours.
  const results = !CHRONO_HINT.test(s) ? [] : chrono.strict.parse(s, ref ? { instant: ref, timezone: 0 } : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    const c = r.start;
    const yearKnown = c.isCertain("year");
    const dayKnown = c.isCertain("day");
    if (!c.isCertain("month") || !/\d/u.test(r.text)) continue; // times and weekdays alone
    let year = c.get("year") as number;
    if (!yearKnown && !ref) year = 0; // may borrow a year stated next to it, below; else dropped
    const month = c.get("month") as number;
    const day = c.get("day") as number;
    if (!yearKnown && ref) {
      const when = Date.UTC(year, month - 1, dayKnown ? day : 1);
      if (when > ref.getTime()) year -= 1; // prefer the past
    }
    const y4 = String(year).padStart(4, "0");
    const value = dayKnown ? `${y4}-${pad(month)}-${pad(day)}` : `${y4}-${pad(month)}`;
    out.push({ start: map[r.index] as number, end: (map[r.index + r.text.length] ?? to) as number, value, relative: false });
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
