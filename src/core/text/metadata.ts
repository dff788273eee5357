import { findDates, firstDayMonth } from "../stages/dates";
import { Caseless } from "./caseless";

/**
 * Document metadata: title, the document's own date and its URL.
 *
 * Read from (in order of trust): a leading block of `Key: value` lines (Title:, Source:, URL:,
 * Date:, ...), which is metadata and never a sentence; a "Permanent link: <url>" line; a
 * dateline near the top ("NEW YORK, 30 November 2017 –", "[3 December 2007]", "22-10-2012");
 * a line that holds nothing but a date (the date line of a typed statement).
 */
export interface DocumentMetadata {
  title: string;
  date: string | null;
  url: string | null;
  /** Character ranges that are metadata, not text to extract from. */
  excluded: Array<[number, number]>;
  /** Offset where the body starts (after the metadata block). */
  bodyStart: number;
  /** True when the title came from a `Title:` line (a body line repeating it is a headline, not a statement). */
  titleFromHeader: boolean;
}

const META_LINE = /^[ \t]*(title|source|url|link|date|published|updated|author|byline|permanent link)[ \t]*:[ \t]*(\S[^\n]*)?$/iu;
const URL_IN = /https?:\/\/[^\s<>"']+/u;
/** Sticky: tried only at the start of a line that holds "://" (see linkLines). */
const LINK_LINE = /^[ \t]*(?:permanent link|permalink|source|url)[ \t]*:[ \t]*(https?:\/\/\S+)[ \t]*$/imuy;
const DATELINE_LINES = 4;
/** A statement's own date line sits in its heading or signature block, within the first lines. */
const DATE_LINE_SEARCH = 80;
const DATELINE_CHARS = 120;
/** The lines read for the header block, datelines and date lines. */
const HEADER_LINES = 120;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(view: string, limit: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= view.length && lines.length < limit) {
    const nl = view.indexOf("\n", start);
    const end = nl < 0 ? view.length : nl;
    lines.push({ start, end, text: view.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * The lines that are a permanent link, in order. A match is always one whole line (the pattern
 * holds no line terminator) and holds "://", so the pattern is tried only at the start of each
 * line with a "://" in it: the same matches as a global scan, which tries every position. Each
 * line is visited once, so this stays linear on one huge line.
 */
function linkLines(view: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let hit = view.indexOf("://", from); hit >= 0; hit = view.indexOf("://", from)) {
    let start = hit;
    while (start > from && !isLineTerminator(view.charCodeAt(start - 1))) start--;
    let end = hit;
    while (end < view.length && !isLineTerminator(view.charCodeAt(end))) end++;
    LINK_LINE.lastIndex = start;
    const m = LINK_LINE.exec(view);
    if (m) out.push(m);
    from = end + 1;
  }
  return out;
}

/** A date written at day precision inside `text`, as YYYY-MM-DD, or null. */
function dayDate(text: string): string | null {
  // Every day-precision form has a digit (and a document date, which would let words such as "today" give one, is not known here).
  if (!HAS_DIGIT.test(text)) return null;
  for (const d of findDates(text, 0, null)) if (d.value.length === 10) return d.value;
  return null;
}

/** A date that heads a line, not one a sentence states ("On 14 January 1993 Turkey signed …"). */
function datelineDate(text: string): string | null {
  if (!HAS_DIGIT.test(text)) return null;
  for (const d of findDates(text, 0, null)) if (d.value.length === 10 && !PROSE_BEFORE.test(text.slice(0, d.start))) return d.value;
  // "Honiara, Solomon Islands, 8-12 September 2025": a meeting's dateline, issued on its last day.
  const range = DAY_RANGE.exec(text);
  if (range && !PROSE_BEFORE.test(text.slice(0, range.index))) {
    const last = findDates(`${range[1]} ${range[2]}`, 0, null)[0];
    if (last && last.value.length === 10) return last.value;
  }
  return null;
}
/** A range of days in one month, "8-12 September 2025", "25–27 November 2025": its last day and the month and year. */
const DAY_RANGE = /\b\d{1,2}\s?[-–—]\s?(\d{1,2})\s+(\p{Lu}\p{Ll}+\s+\d{4})\b/u;

/** A site's own "Published: …" / "updated …" line: the page's date, not the statement's (a body dateline wins). */
const PUBLISHED_LINE = /^[ \t]*(?:first\s)?(?:published|posted|updated|last updated)(?!\w)/iu;
/** "today (25 September)", "today, Thursday 25 September,": the statement dates itself. */
const TODAY_DATE = new Caseless(/(?<!\w)today\s?[(,]\s?(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s)?/giu);
/** "ISLAMABAD, March 5:", "NEW YORK, 7 July (Office ...) --": a dateline that leaves its year out. */
const YEARLESS_DATELINE = /^\p{Lu}[\p{Lu}\p{Ll} .'-]{1,40},\s/u;
const HAS_YEAR = /\d{4}/u;
const HAS_DIGIT = /\d/u;
/** A preposition right before a date: the date of something a sentence states. */
const PROSE_BEFORE = /(?<!\w)(?:on|in|by|since|from|until|before|after|and)\s$/iu;
const DATE_LINE_NOISE = /[\d\s,.\-/]/gu;
/** Lines searched from the end for a closing date line ("25 August 2020" under the text). */
const CLOSING_LINES = 3;
const TODAY_WINDOW = 40;
/** How far into the body "today (25 September)" still dates the document. */
const TODAY_SEARCH = 1200;

/** How long a line of a menu or a short heading may be ("Home", "Press releases", "Media centre"). */
const MENU_LINE_CHARS = 40;

/**
 * A dateline: a date near the start of one of the first lines of the body, leaving out the lines
 * `skip` says; `read` remembers each line's answer (a document asks twice, with and without skipping).
 */
function dateline(body: Iterable<Line>, read: Map<Line, string | null>, skip?: (line: Line) => boolean): string | null {
  let lines = 0;
  for (const line of body) {
    if (lines === DATELINE_LINES) break;
    if (skip?.(line)) continue;
    // (A saved page's menu and headings come first: a short line with no figure in it cannot be the dateline, and is not counted.)
    if (line.text.length <= MENU_LINE_CHARS && !HAS_DIGIT.test(line.text)) continue;
    lines++;
    let date = read.get(line);
    if (date === undefined) read.set(line, (date = datelineDate(line.text.slice(0, DATELINE_CHARS))));
    if (date) return date;
  }
  return null;
}

/**
 * A summary record's or minutes' line giving the day the meeting sat: "Held at Headquarters, New York, on Tuesday, 3 October 2023,
 * at 3 p.m.", "**Minutes of the meeting held on 21 November 2023**".
 */
const HELD_LINE = /^[ \t*_#]*(?:(?:minutes|record)\sof\s(?:the\s)?(?:[\p{L}-]+\s){0,3})?(?:meeting\s)?held\s(?:at|in|on)\s/iu;
/**
 * A line about a record's release rather than the record: "RELEASED UNDER THE OFFICIAL INFORMATION ACT 1982", "FOI ref: … |
 * Released 9 June 2021", "Case No. F-2022-03318 Doc No. C06992115 Date: 05/11/2023", "DECLASSIFIED ON: …", "Date of access: …",
 * "(response dated 16 January 2024)".
 */
const RELEASE_LINE =
  /(?<!\w)(?:released|release\sin\s(?:part|full)|declassifi(?:ed|cation)|freedom\sof\sinformation|foia?(?!\w)|official\sinformation\sact|access\sto\s(?:information|documents)|disclosure\slog|date\sof\saccess|accessed(?:\son)?:|retrieved(?:\son)?:|decision\sdate|response\sdated|reply\sof|case\sno\.)/iu;
/** A memorandum's or telegram's own date field: "Date:      18 November 2020", "DATE: 28 November 2017", "Date/DTG: Mar 24, 2021 / 241611Z". */
const MEMO_DATE = /^[ \t*_]*(?:date|dated|date\/dtg)[ \t*_]*:(.+)$/iu;
/** How far into the body a memorandum's date field is looked for (under its classification, From, To and Copy lines). */
const MEMO_SEARCH = 40;

/** The date field of a memorandum's or telegram's heading block, near the top of the body. */
function memoDate(body: readonly Line[]): string | null {
  for (const line of body.slice(0, MEMO_SEARCH)) {
    const m = MEMO_DATE.exec(line.text);
    if (m) return dayDate(m[1] as string);
  }
  return null;
}
/** How far into the body a summary record's "Held at … on …" line is looked for. */
const HELD_SEARCH = 30;

/** The day a record's meeting sat, from its "Held at … on …" line near the top: what the record's acts are dated by (not its issue date). */
function heldOn(body: readonly Line[]): string | null {
  for (const line of body.slice(0, HELD_SEARCH)) if (HELD_LINE.test(line.text)) return dayDate(line.text);
  return null;
}

/**
 * A statement's place-and-date line under its heading block, "New York, 4 November 2024", "Montréal, 26 September 2025", "Geneva,
 * Switzerland, Tuesday 3 June 2025": a short line of a place and a day only, further down than a news dateline is looked for.
 */
function placeDateLine(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const t = line.text.trim();
    if (t.length > PLACE_DATE_CHARS || !PLACE_DATE_LINE.test(t) || ACT_LINE.test(t)) continue;
    const day = datelineDate(t);
    if (day) return day;
  }
  return null;
}
/** "Done at Geneva, 4 November 2019", "Signed in Vienna, …": a text's own place and day, not the statement's. */
const ACT_LINE = /^(?:done|signed|adopted|opened|concluded|held|entered|ratified|issued|approved|made)(?!\w)/iu;
/** Non-empty body lines searched for a place-and-date line. */
const PLACE_DATE_SEARCH = 12;
const PLACE_DATE_CHARS = 60;
const PLACE_DATE_LINE =
  /^\p{Lu}[\p{L}.'’ -]{1,30}(?:,\s\p{Lu}[\p{L}.'’ -]{1,30})?,\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:\d{1,2}\s\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s\d{1,2},?)\s\d{4}\.?$/u;

/** A typed statement's own date line: a short line holding only a date. */
function dateLine(lines: Line[]): string | null {
  for (const line of lines) {
    const t = line.text.trim();
    if (t.length > 0 && t.length <= 30 && HAS_YEAR.test(t)) {
      const d = dayDate(t);
      if (d && t.replace(DATE_LINE_NOISE, "").length <= 10) return d;
    }
  }
  return null;
}

/** The last `n` non-blank lines of the text (a closing date line), without reading it all. */
function lastLines(view: string, n: number): Line[] {
  const out: Line[] = [];
  let end = view.length;
  while (end > 0 && out.length < n) {
    const nl = view.lastIndexOf("\n", end - 1);
    const start = nl + 1;
    const text = view.slice(start, end);
    if (text.trim() !== "") out.push({ start, end, text });
    if (nl < 0) break;
    end = nl;
  }
  return out;
}

/**
 * A day and month the statement gives itself without a year ("today (25 September)", "ISLAMABAD,
 * March 5:"), with the year of the latest month-precise date the body states: a statement reports
 * up to its own day, so the latest dated thing it names is in its own year. Null when the body
 * states no year.
 */
function yearlessDateline(view: string, bodyStart: number, body: Line[]): string | null {
  let dm: { month: number; day: number } | null = null;
  const head = view.slice(bodyStart, bodyStart + TODAY_SEARCH);
  const todayDate = TODAY_DATE.for(head);
  todayDate.lastIndex = 0;
  for (let m = todayDate.exec(head); m !== null && !dm; m = todayDate.exec(head)) {
    const found = firstDayMonth(head.slice(m.index + m[0].length, m.index + m[0].length + TODAY_WINDOW));
    if (found && found.index === 0) dm = found;
  }
  for (const line of body.slice(0, DATELINE_LINES)) {
    if (dm) break;
    const place = YEARLESS_DATELINE.exec(line.text);
    const found = place ? firstDayMonth(line.text.slice(place[0].length, place[0].length + TODAY_WINDOW)) : null;
    if (found && found.index === 0) dm = found;
  }
  if (!dm) return null;
  let year = 0;
  for (const d of findDates(view, bodyStart, null)) if (d.value.length >= 7) year = Math.max(year, +d.value.slice(0, 4));
  if (year === 0) return null;
  const value = `${year}-${String(dm.month).padStart(2, "0")}-${String(dm.day).padStart(2, "0")}`;
  return dayDate(value);
}

/** The lines that `drop` does not leave out, each tested once and only when a reader gets to it (most readers stop within a few lines). */
class KeptLines implements Iterable<Line> {
  private readonly kept: Line[] = [];
  private tested = 0;

  constructor(
    private readonly lines: readonly Line[],
    private readonly drop: (line: Line) => boolean,
  ) {}

  /** The `k`th kept line, or undefined when there are fewer. */
  at(k: number): Line | undefined {
    while (this.kept.length <= k && this.tested < this.lines.length) {
      const line = this.lines[this.tested++] as Line;
      if (!this.drop(line)) this.kept.push(line);
    }
    return this.kept[k];
  }

  /** The first `n` kept lines. */
  first(n: number): Line[] {
    this.at(n - 1);
    return this.kept.slice(0, n);
  }

  *[Symbol.iterator](): Iterator<Line> {
    for (let k = 0, line = this.at(0); line; line = this.at(++k)) yield line;
  }
}

/** The leading block of `Key: value` lines (after blank lines): its values, its lines' ranges, and where the body starts. */
function headerBlock(view: string, lines: readonly Line[]): { meta: Record<string, string>; excluded: Array<[number, number]>; bodyStart: number } {
  const excluded: Array<[number, number]> = [];
  const meta: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && (lines[i] as Line).text.trim() === "") i++;
  let bodyStart = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const m = META_LINE.exec(line.text);
    if (!m) break;
    const key = (m[1] as string).toLowerCase();
    if (!(key in meta)) meta[key] = (m[2] ?? "").trim();
    excluded.push([line.start, line.end]);
    bodyStart = Math.min(view.length, line.end + 1);
    i++;
  }
  return { meta, excluded, bodyStart };
}

/** Where the body starts (readMetadata's `bodyStart`), without reading the rest of the metadata. */
export function bodyStartOf(view: string): number {
  return headerBlock(view, linesOf(view, HEADER_LINES)).bodyStart;
}

export function readMetadata(view: string): DocumentMetadata {
  const lines = linesOf(view, HEADER_LINES);
  const { meta, excluded, bodyStart } = headerBlock(view, lines);

  let url: string | null = null;
  for (const key of ["url", "permanent link", "link", "source"]) {
    const v = meta[key];
    const u = v ? URL_IN.exec(v) : null;
    if (u) {
      url = u[0];
      break;
    }
  }
  for (const m of linkLines(view)) {
    excluded.push([m.index, m.index + m[0].length]);
    url ??= m[1] as string;
  }

  const bodyLines = lines.filter((l) => l.start >= bodyStart);
  const firstLine = bodyLines.find((l) => l.text.trim() !== "");
  const title = (meta.title ?? firstLine?.text ?? "").trim().slice(0, 300);

  const body = bodyLines.filter((l) => l.text.trim() !== "");
  const read = new Map<Line, string | null>();
  // A released record's release, access or declassification line dates its release, not the record: its dates come last.
  const released = (l: Line) => RELEASE_LINE.test(l.text);
  const own = new KeptLines(body, released);
  const date =
    heldOn(body) ??
    (meta.date ? dayDate(meta.date) : null) ??
    dateline(own, read, (l) => PUBLISHED_LINE.test(l.text)) ??
    memoDate(own.first(MEMO_SEARCH)) ??
    yearlessDateline(view, bodyStart, body) ??
    (meta.published ? dayDate(meta.published) : null) ??
    dateline(own, read) ??
    placeDateLine(own.first(PLACE_DATE_SEARCH)) ??
    dateLine(new KeptLines(bodyLines, released).first(DATE_LINE_SEARCH)) ??
    dateLine(lastLines(view, CLOSING_LINES)) ??
    dateline(body, read);
  return { title, date, url, excluded, bodyStart, titleFromHeader: meta.title !== undefined };
}
