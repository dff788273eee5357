/**
 * Dates as depositaries write them: "16 Sep 2005 a" (UNTC, with its suffix and footnotes), ISO
 * dates, numeric dates with dots or slashes (day-first as UN secretariats write them, or
 * month-first), and Excel's date serials. The order of slash dates is decided for a whole table,
 * never cell by cell: see slashOrder.
 */
import { serialToDate } from "../status/table";
import { UnreadableCell } from "../tables/cells";
import type { PartialDate } from "../model";
import { footnotesOnly } from "./footnotes";
import { cellText, MAX_CELL } from "./grid";
import { SUFFIX_ACTS, type RecordedAct } from "./record";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface ParsedDate {
  date: PartialDate;
  /** The act a suffix names ("a" → accession), or null for none. */
  suffixAct: RecordedAct | null;
  /** Footnote markers after the date ("3", "*"), when there are any. */
  footnotes?: string[];
}

/** How a table writes numeric dates with slashes: day first (most of the world), month first (the United States), or not known. */
export type SlashOrder = "day-first" | "month-first" | null;

/** "20/10/2016", "5.3.2018": one- or two-digit day and month (no padding needed), four-digit year. */
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/u;
const NAMED_MONTH_DATE = /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{4})(?!\d)/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/u;

/**
 * The order of a table's slash dates, from the table itself: a first number over 12 is a day, a
 * second one over 12 is a day too. Null when no date tells, or when they disagree.
 */
export function slashOrder(values: Iterable<unknown>): SlashOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = typeof value === "string" ? NUMERIC_DATE.exec(value.trim().replace(/^[A-Za-z ():,-]+(?=\d)/u, "")) : null;
    if (!m || m[2] !== "/") continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? "day-first" : "month-first";
}

interface DateParts {
  year: number;
  month: number | undefined;
  day: number;
  /** The characters the date takes at the start of the text. */
  length: number;
}

/** The date at the start of `text`, or a reason it cannot be read. */
function dateParts(text: string, slashes: SlashOrder): DateParts | string {
  let m = NAMED_MONTH_DATE.exec(text);
  if (m) return { year: Number(m[3]), month: MONTHS[(m[2] as string).toLowerCase()], day: Number(m[1]), length: m[0].length };
  if ((m = ISO_DATE.exec(text))) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), length: m[0].length };
  if (!(m = NUMERIC_DATE.exec(text))) return `"${text}" is not a date such as "16 Sep 2005 a"`;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const order = m[2] === "." ? "day-first" : slashes;
  if (order === null && a !== b)
    return `"${text}" could be ${a} ${MONTH_NAMES[b - 1] ?? "?"} or ${b} ${MONTH_NAMES[a - 1] ?? "?"}, and no other date of the table tells; write the month's name or YYYY-MM-DD`;
  const [day, month] = order === "month-first" ? [b, a] : [a, b];
  return { year: Number(m[4]), month, day, length: m[0].length };
}

/**
 * A status-table date: "16 Sep 2005 a", "10 Apr 2003", "4 Jan 1994 d", "2 Oct 2016 A",
 * "21 Jan 2009 AA", with footnote markers ("12 Mar 2001 a 3", "5 Jun 2007*", "1 Feb 2002 [4]");
 * an ISO date; a numeric date as Excel writes it in other locales ("16.09.2005", and "16/09/2005"
 * in the order `slashes` gives); or an Excel date serial. Null for a blank cell; a string reason
 * when it cannot be read.
 */
export function parseStatusDate(value: unknown, slashes: SlashOrder = null): ParsedDate | null | string {
  if (value instanceof UnreadableCell) return value.reason;
  if (typeof value === "number") {
    const date = serialToDate(value);
    return date ? { date, suffixAct: null } : `${value} is not a date`;
  }
  if (value instanceof Date) {
    const text = cellText(value);
    return text ? { date: text, suffixAct: null } : "an invalid date";
  }
  const text = cellText(value);
  if (text === "") return null;
  if (text.length > MAX_CELL) return "a cell too long to be a date";
  const parts = dateParts(text, slashes);
  if (typeof parts === "string") return parts;
  const { year, month, day } = parts;
  // After the date: an optional suffix ("a", "(a)"), then footnote markers ("a 3", "2,4", "*", "[4]", "¹").
  const after = text.slice(parts.length).trim();
  const suffix = /^\(?(AA|[Aad])\)?(?!\p{L})/u.exec(after);
  const footnotes = footnotesOnly(suffix ? after.slice(suffix[0].length) : after);
  if (footnotes === null) return `"${text}" has "${after}" after its date, which is neither a suffix (a, A, AA, d) nor a footnote`;
  if (!month) return `"${NAMED_MONTH_DATE.exec(text)?.[2] ?? ""}" in "${text}" is not a month`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1800 || year > 2200) return `"${text}" is not a real date`;
  const parsed: ParsedDate = { date: date.toISOString().slice(0, 10), suffixAct: suffix ? (SUFFIX_ACTS[suffix[1] as string] as RecordedAct) : null };
  if (footnotes.length > 0) parsed.footnotes = footnotes;
  return parsed;
}
