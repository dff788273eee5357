import { findDates } from "../stages/dates";

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
  for (const d of findDates(text, 0, null)) if (d.value.length === 10) return d.value;
  return null;
}

export function readMetadata(view: string): DocumentMetadata {
  const excluded: Array<[number, number]> = [];
  const meta: Record<string, string> = {};
  const lines = linesOf(view, 120);
  let i = 0;
  while (i < lines.length && (lines[i] as Line).text.trim() === "") i++;
  let bodyStart = 0;
  // Leading Key: value block.
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

  let date: string | null = meta.date ? dayDate(meta.date) : null;
  if (!date) date = meta.published ? dayDate(meta.published) : null;
  if (!date) {
    // A dateline: a date near the start of one of the first lines of the body.
    for (const line of bodyLines.filter((l) => l.text.trim() !== "").slice(0, DATELINE_LINES)) {
      date = dayDate(line.text.slice(0, DATELINE_CHARS));
      if (date) break;
    }
  }
  if (!date) {
    // A typed statement's own date line: a short line holding only a date.
    for (const line of bodyLines.slice(0, DATE_LINE_SEARCH)) {
      const t = line.text.trim();
      if (t.length > 0 && t.length <= 30 && /\d{4}/u.test(t)) {
        const d = dayDate(t);
        if (d && t.replace(/[\d\s,.\-/]/gu, "").length <= 10) {
          date = d;
          break;
        }
      }
    }
  }
  return { title, date, url, excluded, bodyStart, titleFromHeader: meta.title !== undefined };
}
