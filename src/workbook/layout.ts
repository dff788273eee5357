/**
 * The sheets the add-in and the CLI write, described once. Every writer (Office.js, exceljs)
 * and every reader of a workbook goes through this description, so the two cannot drift.
 *
 * A column is owned by the machine (rewritten on every run) or by the user (written once, when
 * the row is new, and never again). Kinds say how a cell is written:
 * - text: a string, always stored as text (number format "@"), never a formula;
 * - number: a number (or blank);
 * - link: a HYPERLINK formula the writer builds, never from raw document text;
 * - formula: a CT formula over the table's other columns (Status, Flags: see formulas.ts);
 * - choice: text from a fixed list, offered as an in-cell drop-down.
 */

export type ColumnKind = "text" | "number" | "link" | "formula" | "choice";
export type ColumnOwner = "machine" | "user";

export interface ColumnSpec {
  /** The header, which is also how a column is found again: users may reorder columns. */
  header: string;
  kind: ColumnKind;
  owner: ColumnOwner;
  /** Width in Excel's character units. */
  width: number;
  /** Excel number format; text columns use "@". */
  numberFormat: string;
  /** For choice columns: the allowed values, the first being the default for a new row. */
  choices?: readonly string[];
}

export interface TableSpec {
  /** Worksheet name. */
  sheet: string;
  /** Excel table name (structured references use it: `Commitments[#All]`). */
  table: string;
  /** The header whose value identifies a row across runs. */
  key: string;
  columns: readonly ColumnSpec[];
  /** Hidden sheets hold data the other sheets link to (the source text). */
  hidden?: boolean;
  /** One-line description, shown in the README and in tests' failure messages. */
  purpose: string;
  /** Made only on request (not on every write); a sheet of that name without the table is then no error. */
  optional?: boolean;
}

export const REVIEW_CHOICES = ["Pending", "Accepted", "Rejected"] as const;
export type ReviewChoice = (typeof REVIEW_CHOICES)[number];

const text = (header: string, width: number, owner: ColumnOwner = "machine"): ColumnSpec => ({ header, kind: "text", owner, width, numberFormat: "@" });
const number = (header: string, width: number, numberFormat = "General"): ColumnSpec => ({ header, kind: "number", owner: "machine", width, numberFormat });
const link = (header: string, width: number): ColumnSpec => ({ header, kind: "link", owner: "machine", width, numberFormat: "General" });
const formula = (header: string, width: number): ColumnSpec => ({ header, kind: "formula", owner: "machine", width, numberFormat: "General" });

export const COMMITMENTS: TableSpec = {
  sheet: "Commitments",
  table: "Commitments",
  key: "ID",
  purpose: "one row per commitment: who, what act, which instrument, when, and the sentence that says so",
  columns: [
    text("ID", 18),
    text("Actor", 22),
    text("Action", 14),
    text("Instrument", 48),
    text("Instrument ID", 18),
    text("Type", 12),
    text("Date", 12),
    text("Polarity", 10),
    text("Evidence", 80),
    link("Source", 26),
    link("URL", 30),
    number("Confidence", 11, "0.00"),
    { header: "Review", kind: "choice", owner: "user", width: 11, numberFormat: "@", choices: REVIEW_CHOICES },
    text("Notes", 40, "user"),
    // Last, so that the evidence they read is one run of columns: Commitments[[#All],[ID]:[Notes]].
    formula("Status", 30),
    formula("Flags", 28),
  ],
};

export const SOURCES: TableSpec = {
  sheet: "Sources",
  table: "Sources",
  // By content, not by name: a different document under a name already listed gets its own row.
  key: "SHA-256",
  purpose: "one row per document read (by content): name, title, date, address, size, fingerprint and how many commitments it gave",
  columns: [
    text("ID", 30),
    text("Title", 60),
    text("Date", 12),
    link("URL", 40),
    number("Characters", 12, "#,##0"),
    text("SHA-256", 24),
    number("Commitments", 13, "0"),
  ],
};

export const INSTRUMENTS: TableSpec = {
  sheet: "Instruments",
  table: "Instruments",
  key: "ID",
  purpose: "the catalog entries the commitments refer to: canonical name, type, year and body of adoption",
  columns: [text("ID", 18), text("Name", 70), text("Type", 12), number("Adopted", 9, "0"), text("Body", 30)],
};

/**
 * The user's checklist: instruments an actor (blank: every state) is expected to have joined.
 * Only made when the user adds one (the pane inserts built-in lists); CT.GAPS reads it as
 * Checklist[#All]. Rows typed by hand have no Item and stay as they are.
 */
export const CHECKLIST: TableSpec = {
  sheet: "Checklist",
  table: "Checklist",
  key: "Item",
  optional: true,
  purpose: "instruments each actor (blank: every state) should have joined; CT.GAPS flags those with no record (CHECKLIST_MISSING)",
  columns: [text("Item", 28), text("Checklist", 24), text("Instrument", 60), text("Instrument ID", 18), text("Actor", 22, "user"), text("Notes", 40, "user")],
};

/**
 * The depositary's record as the user imported it (status tables): one row per recorded act.
 * Made on the first import; re-importing an instrument's table replaces that instrument's rows.
 * "In force from" is the date the act took effect when the table says (UNTC's Date of Effect);
 * "Table note" what the table marks beside the act (its footnote markers, a bracketed name),
 * apart from the user's own Notes.
 */
export const REFERENCE: TableSpec = {
  sheet: "Reference",
  table: "Reference",
  key: "Key",
  optional: true,
  purpose: "the depositary's record as imported: who signed, ratified, accepted, approved, acceded or succeeded to which instrument, when",
  columns: [
    text("Key", 30),
    text("Actor", 22),
    text("Instrument ID", 18),
    text("Instrument", 48),
    text("Action", 12),
    text("Recorded as", 14),
    text("Date", 12),
    text("In force from", 14),
    text("Source", 40),
    text("Imported at", 20),
    text("Table note", 40),
    text("Notes", 40, "user"),
  ],
};

/**
 * The documents' text, one row per paragraph, so links, SOURCE and VERIFY work offline. Keyed by
 * the document's content hash and the paragraph's number (see rows.ts), so a document never
 * replaces the paragraphs of another one of the same name.
 */
export const SOURCE_TEXT: TableSpec = {
  sheet: "Source Text",
  table: "SourceText",
  key: "Key",
  hidden: true,
  purpose: "the documents' text, one row per paragraph with its character offsets (hidden)",
  columns: [text("Key", 28), text("Document", 30), number("Paragraph", 10, "0"), number("Start", 10, "0"), number("End", 10, "0"), text("Text", 100)],
};

/** Every table, in the order the sheets appear in the workbook. */
export const LAYOUT: readonly TableSpec[] = [COMMITMENTS, SOURCES, INSTRUMENTS, SOURCE_TEXT];

/** The Gaps sheet (outside any table: one spilled CT.GAPS, see formulas.ts). */
export const GAPS_SHEET = "Gaps";

/** The hidden Checks sheet: one spilled CT.CHECKS that the Status and Flags columns read (see formulas.ts). */
export const CHECKS_SHEET = "Checks";

/** The Matrix sheet: one spilled CT.MATRIX, actors down and instruments across (see formulas.ts). */
export const MATRIX_SHEET = "Matrix";

/** The Timeline sheet: affirmed acts per year by level, native formulas over Commitments, and a chart of them. */
export const TIMELINE_SHEET = "Timeline";

/** Every sheet the tracker makes, in workbook order. */
export const SHEET_ORDER: readonly string[] = [
  COMMITMENTS.sheet,
  SOURCES.sheet,
  INSTRUMENTS.sheet,
  GAPS_SHEET,
  MATRIX_SHEET,
  TIMELINE_SHEET,
  CHECKS_SHEET,
  SOURCE_TEXT.sheet,
];

export function columnIndex(spec: TableSpec, header: string): number {
  const i = spec.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new RangeError(`table ${spec.table} has no column "${header}"`);
  return i;
}
