/**
 * Depositary status tables as users copy them from the UN Treaty Collection (or OHCHR and other
 * depositaries' tables built the same way) into Excel, or save as CSV/xlsx: a title line naming
 * the instrument, a header row with "Participant", "Signature" and a column of consents whose
 * header lists the suffixes ("Ratification, Acceptance(A), Approval(AA), Accession(a),
 * Succession(d)"), then one row per participant. Cells carry footnote markers ("Germany1",
 * "Bolivia (Plurinational State of)2,3") and blanks; dates are "16 Sep 2005 a", "10 Apr 2003",
 * or a date cell Excel already converted. Also a plain long format (actor, instrument, action,
 * date) with an adjustable column mapping.
 */
import { catalogById } from "../lexicon/catalog";
import { canonicalActor, resolveActor, resolveInstrument } from "../lexicon/resolve";
import { serialToDate } from "../status/table";
import { officeCell, UnreadableCell } from "../tables/cells";
import type { PartialDate } from "../model";
import { RECORDED_ACTS, SUFFIX_ACTS, type ImportProblem, type ImportResult, type RecordedAct, type ReferenceRecord } from "./record";

export type Grid = readonly (readonly unknown[])[];

export class ReferenceImportError extends Error {
  override name = "ReferenceImportError";
}

/** More rows than any depositary table has: past this the import stops with an error. */
export const MAX_ROWS = 20_000;
const MAX_CELL = 500;

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

function cellText(value: unknown): string {
  if (value === null || value === undefined || value instanceof UnreadableCell) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).replace(/\s+/gu, " ").trim();
}

/** A footnote marker at the end of a name: "Germany1", "Chile 2,3", "Peru,4". */
function withoutFootnotes(name: string): string {
  let end = name.length;
  while (end > 0 && /[\d,\s]/u.test(name[end - 1] as string)) end--;
  return end > 0 && /\d/u.test(name.slice(end)) ? name.slice(0, end).trim() : name.trim();
}

/** A participant's canonical name, and whether the lexicon knew it. */
export function participant(raw: string): { name: string; known: boolean } {
  const name = withoutFootnotes(raw);
  const known =
    resolveActor(name) ??
    resolveActor(
      name
        .replace(/\([^()]*\)/gu, " ")
        .split(/\s/u)
        .filter(Boolean)
        .join(" "),
    );
  return known ? { name: known.name, known: true } : { name: canonicalActor(name), known: false };
}

export interface ParsedDate {
  date: PartialDate;
  /** The act a suffix names ("a" → accession), or null for none. */
  suffixAct: RecordedAct | null;
}

/** How a table writes numeric dates with slashes: day first (most of the world), month first (the United States), or not known. */
export type SlashOrder = "day-first" | "month-first" | null;

const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/u;

/**
 * The order of a table's slash dates, from the table itself: a first number over 12 is a day, a
 * second one over 12 is a day too. Null when no date tells, or when they disagree.
 */
export function slashOrder(values: Iterable<unknown>): SlashOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = typeof value === "string" ? NUMERIC_DATE.exec(value.trim()) : null;
    if (!m || m[2] !== "/") continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? "day-first" : "month-first";
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A status-table date: "16 Sep 2005 a", "10 Apr 2003", "4 Jan 1994 d", "2 Oct 2016 A",
 * "21 Jan 2009 AA", with footnote markers ("12 Mar 2001 a 3"); an ISO date; a numeric date as
 * Excel writes it in other locales ("16.09.2005", and "16/09/2005" in the order `slashes` gives);
 * or an Excel date serial. Null for a blank cell; a string reason when it cannot be read.
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
  let year: number;
  let month: number | undefined;
  let day: number;
  let m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{4})\b/u.exec(text);
  if (m) [year, month, day] = [Number(m[3]), MONTHS[(m[2] as string).toLowerCase()], Number(m[1])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})\b/u.exec(text))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = NUMERIC_DATE.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const order = m[2] === "." ? "day-first" : slashes;
    if (order === null) {
      if (a === b) [day, month] = [a, b];
      else
        return `"${text}" could be ${a} ${MONTH_NAMES[b - 1] ?? "?"} or ${b} ${MONTH_NAMES[a - 1] ?? "?"}, and no other date of the table tells; write the month's name or YYYY-MM-DD`;
    } else [day, month] = order === "day-first" ? [a, b] : [b, a];
    year = Number(m[4]);
  } else return `"${text}" is not a date such as "16 Sep 2005 a"`;
  // After the date: an optional suffix, then footnote markers ("a 3", "2,4").
  const rest = text
    .slice(m[0].length)
    .trim()
    .split(/[\s,]+/u)
    .filter(Boolean);
  const suffix = rest[0] !== undefined && SUFFIX_ACTS[rest[0]] ? rest.shift() : undefined;
  if (rest.some((t) => !/^\d{1,2}$/u.test(t)))
    return `"${text}" has "${rest.join(" ")}" after its date, which is neither a suffix (a, A, AA, d) nor a footnote`;
  if (!month) return `"${m[2]}" in "${text}" is not a month`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1800 || year > 2200) return `"${text}" is not a real date`;
  return { date: date.toISOString().slice(0, 10), suffixAct: suffix ? (SUFFIX_ACTS[suffix] as RecordedAct) : null };
}

interface Columns {
  header: number;
  participant: number;
  signature: number | null;
  consent: number | null;
  /** The act a consent date without a suffix is: ratification, unless the header names only another. */
  plainAct: RecordedAct;
  /** UNTC's newer layout, one row per act: the Action column ("Ratification", "Signature", …). */
  action: number | null;
  /** A secretariat's list of parties: a status column ("Accession", "Party") naming the act a row's date is. */
  status: number | null;
  layout: string;
}

/** The column that names the participant: UNTC's "Participant", a secretariat's "Country", "Party" or "State". */
const PARTICIPANT_HEADER = /^(?:participants?|countr(?:y|ies)|part(?:y|ies)|states?|member states?)\b(?! (?:group|region))/u;

function findColumns(grid: Grid): Columns | null {
  const limit = Math.min(grid.length, 60);
  for (let r = 0; r < limit; r++) {
    const cells = (grid[r] ?? []).map((c) => cellText(c).toLowerCase());
    // A header cell is short: a title line ("States Parties to the Convention …") is not a header.
    const participantAt = cells.findIndex((c) => c.length <= 30 && PARTICIPANT_HEADER.test(c));
    if (participantAt < 0) continue;
    const actionAt = cells.findIndex((c, i) => i !== participantAt && /^action\b/u.test(c));
    if (actionAt >= 0) {
      // "Participant | Action | Date of Notification/Deposit | Date of Effect": the deposit's date, not the effect's.
      const dateAt = cells.findIndex((c, i) => i !== participantAt && i !== actionAt && /date of (?:notification|deposit)|^date$/u.test(c));
      return {
        header: r,
        participant: participantAt,
        signature: null,
        consent: dateAt >= 0 ? dateAt : null,
        plainAct: "ratification",
        action: actionAt,
        status: null,
        layout: "UNTC actions (one row per act)",
      };
    }
    const signatureAt = cells.findIndex((c, i) => i !== participantAt && /^(?:date of )?signature/u.test(c));
    const consentAt = cells.findIndex(
      (c, i) =>
        i !== participantAt &&
        i !== signatureAt &&
        /ratification|accession|acceptance|approval|succession|consent|definitive|deposit/u.test(c) &&
        !/effect|entry into force/u.test(c),
    );
    const statusAt = cells.findIndex(
      (c, i) => i !== participantAt && i !== signatureAt && i !== consentAt && /^(?:status|type of (?:instrument|act)|action taken|nature)\b/u.test(c),
    );
    const consent = consentAt >= 0 ? (cells[consentAt] as string) : "";
    const plainAct: RecordedAct =
      /^ratification|ratification(?!\s*\()/u.test(consent) || consent === ""
        ? "ratification"
        : consent.startsWith("accession")
          ? "accession"
          : consent.startsWith("acceptance")
            ? "acceptance"
            : consent.startsWith("approval")
              ? "approval"
              : "ratification";
    const untc = /^participants?\b/u.test(cells[participantAt] as string);
    // A list of parties is one only with a date of ratification (or accession, deposit…) to read.
    if (!untc && consentAt < 0) continue;
    return {
      header: r,
      participant: participantAt,
      signature: signatureAt >= 0 ? signatureAt : null,
      consent: consentAt >= 0 ? consentAt : null,
      plainAct,
      action: null,
      status: statusAt >= 0 ? statusAt : null,
      layout: untc ? "UNTC status table" : "list of parties",
    };
  }
  return null;
}

/** The instrument named by the lines above the header (UNTC's title, e.g. "11. Convention on the Rights of the Child"). */
function titleInstrument(grid: Grid, header: number): { id: string | null; name: string } | null {
  for (let r = 0; r < header; r++) {
    for (const cell of grid[r] ?? []) {
      const text = cellText(cell).replace(/^[\dIVXivx]+[a-z]?\s*[.)]\s*/u, "");
      if (text.length < 6 || text.length > MAX_CELL) continue;
      const entry = resolveInstrument(text);
      if (entry) return { id: entry.id, name: entry.name };
    }
  }
  return null;
}

export interface ImportOptions {
  /** The instrument (catalog id, name or acronym) when the user gives it; else read from the title. */
  instrument?: string | null;
  /** Where the table comes from (a file name), for the Reference table's Source column. */
  source?: string;
}

function resolveGiven(text: string): { id: string | null; name: string } {
  const entry = resolveInstrument(text) ?? catalogById(text.trim().toLowerCase());
  return entry ? { id: entry.id, name: entry.name } : { id: null, name: text.trim() };
}

/** The grid's cells as the import reads them: an error Excel wrote as text ("#N/A") is the error it is. */
function readCells(grid: Grid): Grid {
  return grid.map((row) => (Array.isArray(row) ? Array.from(row, officeCell) : []));
}

/** Reads a UNTC-layout status table; throws ReferenceImportError when it is not one. */
export function importStatusTable(table: Grid, options: ImportOptions = {}): ImportResult {
  if (!Array.isArray(table) || table.length === 0)
    throw new ReferenceImportError("the table is empty: copy the status table from its title line down to its last participant");
  const grid = readCells(table);
  if (grid.length > MAX_ROWS)
    throw new ReferenceImportError(
      `the table has ${grid.length.toLocaleString("en")} rows, more than the ${MAX_ROWS.toLocaleString("en")} a status table can have; import one instrument's table at a time`,
    );
  const columns = findColumns(grid);
  if (!columns)
    throw new ReferenceImportError(
      'no "Participant" column: the header row of a status table reads "Participant | Signature | Ratification, Accession(a), …"; copy it with the table',
    );
  if (columns.signature === null && columns.consent === null)
    throw new ReferenceImportError(
      columns.action !== null
        ? 'the header row has "Participant" and "Action" columns but no "Date of Notification/Deposit" column'
        : 'the header row has a "Participant" column but no "Signature" nor ratification/accession column',
    );
  const given = options.instrument?.trim() ? resolveGiven(options.instrument) : null;
  const fromTitle = titleInstrument(grid, columns.header);
  const instrument = given ?? fromTitle;
  if (!instrument)
    throw new ReferenceImportError("the instrument is not named: give it (a catalog id, name or acronym), or copy the table with its title line");
  const source = options.source ?? instrument.name;
  const slashes = slashOrder(grid.slice(columns.header + 1).flatMap((row) => [columns.signature, columns.consent].map((c) => (c === null ? null : row[c]))));
  const records: ReferenceRecord[] = [];
  const problems: ImportProblem[] = [];
  for (let r = columns.header + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const line = r + 1;
    if (row[columns.participant] instanceof UnreadableCell) {
      problems.push({ line, reason: `Participant: ${(row[columns.participant] as UnreadableCell).reason}` });
      continue;
    }
    const raw = cellText(row[columns.participant]);
    const cells = [columns.signature, columns.consent].map((c) => (c === null ? "" : cellText(row[c])));
    if (raw === "" && cells.every((c) => c === "")) continue;
    if (raw === "") {
      problems.push({ line, reason: "a date with no participant" });
      continue;
    }
    if (raw.length > MAX_CELL) {
      problems.push({ line, reason: "the participant cell is too long to be a name" });
      continue;
    }
    const who = participant(raw);
    if (!who.known) problems.push({ line, reason: `"${withoutFootnotes(raw)}" is not a state or organisation the tracker knows; kept as written` });
    // The act a row's consent date is, when the row says it: UNTC's Action column, or a list's status column.
    const named = columns.action ?? columns.status;
    const namedAct = named === null ? null : actOf(cellText(row[named]));
    if (columns.action !== null && !namedAct) {
      if (cellText(row[columns.action]) !== "") problems.push({ line, reason: `Action "${cellText(row[columns.action])}" is not an act the tracker records` });
      continue;
    }
    const add = (column: number | null, kind: "signature" | "consent") => {
      if (column === null) return;
      const parsed = parseStatusDate(row[column], slashes);
      if (parsed === null) return;
      if (typeof parsed === "string") {
        problems.push({ line, reason: `${kind === "signature" ? "Signature" : "the consent column"}: ${parsed}` });
        return;
      }
      const act = kind === "signature" ? (parsed.suffixAct === "succession" ? "succession" : "signature") : (parsed.suffixAct ?? namedAct ?? columns.plainAct);
      records.push({ actor: who.name, instrumentId: instrument.id, instrument: instrument.name, act, date: parsed.date, source });
    };
    add(columns.signature, "signature");
    add(columns.consent, "consent");
  }
  return { records, problems, instrumentId: instrument.id, instrument: instrument.name, layout: columns.layout };
}

/** Which column holds what, in a long table (headers, case-insensitive). */
export interface LongMapping {
  actor: string;
  instrument: string;
  action: string;
  date: string;
}

export const DEFAULT_LONG_MAPPING: LongMapping = { actor: "actor", instrument: "instrument", action: "action", date: "date" };

/** The act a long table's action cell names: "ratified", "accession", "a", "signature", … */
function actOf(text: string): RecordedAct | null {
  const t = text.trim();
  if (SUFFIX_ACTS[t]) return SUFFIX_ACTS[t] as RecordedAct;
  const lower = t.toLowerCase();
  const stems: [RegExp, RecordedAct][] = [
    [/^sign/u, "signature"],
    [/^ratif/u, "ratification"],
    [/^accept/u, "acceptance"],
    [/^approv/u, "approval"],
    [/^acce(?:ssion|ded?)/u, "accession"],
    [/^succe/u, "succession"],
    // Consent to be bound by signature alone, and a list's bare "Party": binding acts, recorded as ratification.
    [/^definitive signature/u, "ratification"],
    [/^part(?:y|ies)$/u, "ratification"],
  ];
  return stems.find(([re]) => re.test(lower))?.[1] ?? RECORDED_ACTS.find((a) => a === lower) ?? null;
}

/** Reads a long table: one act per row (actor, instrument, action, date), columns found by the mapping's headers. */
export function importLongTable(table: Grid, mapping: LongMapping = DEFAULT_LONG_MAPPING, options: ImportOptions = {}): ImportResult {
  if (!Array.isArray(table) || table.length === 0) throw new ReferenceImportError("the table is empty");
  const grid = readCells(table);
  if (grid.length > MAX_ROWS)
    throw new ReferenceImportError(`the table has ${grid.length.toLocaleString("en")} rows, more than ${MAX_ROWS.toLocaleString("en")}; split it`);
  const header = ((grid[0] ?? []) as readonly unknown[]).map((c) => cellText(c).toLowerCase());
  const at = (name: string) => header.indexOf(name.trim().toLowerCase());
  const missing = (Object.keys(mapping) as (keyof LongMapping)[]).filter((k) => at(mapping[k]) < 0 && !(k === "instrument" && options.instrument));
  if (missing.length > 0)
    throw new ReferenceImportError(
      `no ${missing.map((k) => `"${mapping[k]}"`).join(", ")} column in the first row (found: ${header.filter(Boolean).join(", ") || "nothing"}); adjust the column mapping`,
    );
  const given = options.instrument?.trim() ? resolveGiven(options.instrument) : null;
  const slashes = slashOrder(grid.slice(1).map((row) => row[at(mapping.date)]));
  const records: ReferenceRecord[] = [];
  const problems: ImportProblem[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const line = r + 1;
    const get = (k: keyof LongMapping) => (at(mapping[k]) >= 0 ? cellText(row[at(mapping[k])]) : "");
    const unreadable = (Object.keys(mapping) as (keyof LongMapping)[]).find((k) => row[at(mapping[k])] instanceof UnreadableCell);
    if (unreadable) {
      problems.push({ line, reason: `${mapping[unreadable]}: ${(row[at(mapping[unreadable])] as UnreadableCell).reason}` });
      continue;
    }
    if (["actor", "instrument", "action", "date"].every((k) => get(k as keyof LongMapping) === "")) continue;
    const raw = get("actor");
    if (raw === "" || raw.length > MAX_CELL) {
      problems.push({ line, reason: raw === "" ? "no actor" : "the actor cell is too long to be a name" });
      continue;
    }
    const instrument = given ?? (get("instrument") ? resolveGiven(get("instrument")) : null);
    if (!instrument) {
      problems.push({ line, reason: "no instrument" });
      continue;
    }
    const act = actOf(get("action"));
    if (!act) {
      problems.push({ line, reason: `action "${get("action")}" is not signature, ratification, acceptance, approval, accession or succession` });
      continue;
    }
    const parsed = parseStatusDate(row[at(mapping.date)], slashes);
    if (parsed === null || typeof parsed === "string") {
      problems.push({ line, reason: parsed === null ? "no date" : parsed });
      continue;
    }
    const who = participant(raw);
    if (!who.known) problems.push({ line, reason: `"${withoutFootnotes(raw)}" is not a state or organisation the tracker knows; kept as written` });
    records.push({
      actor: who.name,
      instrumentId: instrument.id,
      instrument: instrument.name,
      act: parsed.suffixAct ?? act,
      date: parsed.date,
      source: options.source ?? "long table",
    });
  }
  const first = records[0];
  return {
    records,
    problems,
    instrumentId: given?.id ?? first?.instrumentId ?? null,
    instrument: given?.name ?? first?.instrument ?? "",
    layout: "long table",
  };
}

/** Whether the first row names a long table's columns (actor, action, date); else it is read as a UNTC-layout table. */
export function isLongTable(grid: Grid): boolean {
  const header = ((grid[0] ?? []) as readonly unknown[]).map((c) => cellText(c).toLowerCase());
  return [DEFAULT_LONG_MAPPING.actor, DEFAULT_LONG_MAPPING.action, DEFAULT_LONG_MAPPING.date].every((h) => header.includes(h));
}

/** A long table or a UNTC-layout one, as its first row says; throws ReferenceImportError when it is neither. */
export function importReferenceGrid(grid: Grid, instrument: string | null, source: string): ImportResult {
  const options = { instrument: instrument?.trim() || null, source };
  return isLongTable(grid) ? importLongTable(grid, DEFAULT_LONG_MAPPING, options) : importStatusTable(grid, options);
}
