/**
 * OHCHR's ratification status export, and any matrix built like it: one row per state, one
 * column per treaty. A header cell names a treaty by its name, its catalog acronym, or the code
 * of the committee that monitors it (OHCHR heads its columns CCPR, CESCR, CERD, CRC-OP-AC, …).
 * A cell holds a date, maybe with a status word or a suffix ("12 Mar 2001 a", "Accession
 * 5/3/2018"), a status word alone (no act recorded: listed, not an error), a mark, or nothing. A date without a
 * word is recorded as "party": bound from that date, the act not said. Columns whose cells hold
 * dates but whose header names no catalog instrument are listed as problems of the header's line
 * and left out.
 */
import { resolveInstrument } from "../lexicon/resolve";
import { UnreadableCell } from "../tables/cells";
import { splitStatusWord } from "./acts";
import { PARTICIPANT_HEADER } from "./columns";
import { parseStatusDate, slashOrder, type SlashOrder } from "./dates";
import { noteOf } from "./footnotes";
import { cellText, checkSize, MAX_CELL, readCells, type Grid } from "./grid";
import { participant, type ImportOptions } from "./participants";
import type { ImportProblem, ImportResult, RecordedAct, ReferenceRecord } from "./record";

/**
 * OHCHR's column codes are its committees' names, not the treaties' (CERD is the Committee on the
 * Elimination of Racial Discrimination): read here, in a matrix's header, and never taught to
 * the extractor, where "CERD" in a statement means the committee. Keys are the code's letters
 * and digits, upper case.
 */
const COMMITTEE_CODES: Readonly<Record<string, string>> = {
  CCPR: "iccpr",
  CCPROP1: "iccpr-op1",
  CCPROP2: "iccpr-op2",
  CCPROP2DP: "iccpr-op2",
  CESCR: "icescr",
  CESCROP: "icescr-op",
  CERD: "icerd",
  CEDAW: "cedaw",
  CEDAWOP: "cedaw-op",
  CAT: "cat",
  CATOP: "opcat",
  OPCAT: "opcat",
  CRC: "crc",
  CRCOPAC: "crc-opac",
  CRCOPSC: "crc-opsc",
  CRCOPIC: "crc-opic",
  CMW: "icmw",
  CRPD: "crpd",
  CRPDOP: "crpd-op",
  CED: "cped",
};

export interface MatrixColumns {
  header: number;
  participant: number;
  treaties: { column: number; id: string | null; name: string; label: string }[];
}

/** A header cell's instrument: a committee's code, else the catalog's id, name or acronym. */
function headerInstrument(label: string): { id: string; name: string } | null {
  if (label === "" || label.length > 200) return null;
  const code = COMMITTEE_CODES[label.toUpperCase().replace(/[^A-Z0-9]/gu, "")];
  const entry = resolveInstrument(code ?? label);
  return entry ? { id: entry.id, name: entry.name } : null;
}

/** The matrix's header: a participant column and at least two columns that name instruments. Null when the grid is no matrix. */
export function matrixColumns(grid: Grid): MatrixColumns | null {
  for (let r = 0; r < Math.min(grid.length, 60); r++) {
    const labels = (grid[r] ?? []).map((c) => cellText(c));
    const participantAt = labels.findIndex((c) => c.length <= 30 && PARTICIPANT_HEADER.test(c.toLowerCase()));
    if (participantAt < 0) continue;
    const treaties = labels.flatMap((label, column) => {
      const found = column === participantAt ? null : headerInstrument(label);
      return found ? [{ column, label, ...found }] : [];
    });
    if (treaties.length >= 2) return { header: r, participant: participantAt, treaties };
  }
  return null;
}

/** A matrix cell: null for nothing recorded (blank, or a word without a date), a reason it cannot be read, or the act and its date. */
function readCell(value: unknown, slashes: SlashOrder): { act: RecordedAct; date: string; footnotes: string[] } | string | null {
  if (value instanceof UnreadableCell) return value.reason;
  const text = typeof value === "string" ? value : null;
  const split = text === null ? { act: null, rest: value } : splitStatusWord(text);
  if (typeof split.rest === "string" && !/\d/u.test(split.rest)) {
    // A status word alone ("Signatory", "Party") records no act; a mark ("-", "✓") is a blank; other words are said.
    return split.act !== null || !/\p{L}{2}/u.test(split.rest) ? null : `"${split.rest}" is neither a date nor a status word`;
  }
  const parsed = parseStatusDate(split.rest, slashes);
  if (parsed === null || typeof parsed === "string") return parsed;
  return { act: parsed.suffixAct ?? split.act ?? "party", date: parsed.date, footnotes: parsed.footnotes ?? [] };
}

/** The columns with dates whose header names no instrument: listed on the header's line, left out. */
function unknownColumns(grid: Grid, columns: MatrixColumns, slashes: SlashOrder): ImportProblem[] {
  const known = new Set([columns.participant, ...columns.treaties.map((t) => t.column)]);
  const header = grid[columns.header] ?? [];
  return header.flatMap((cell, column) => {
    if (known.has(column)) return [];
    const holdsDates = grid.slice(columns.header + 1).some((row) => {
      const read = readCell(row[column], slashes);
      return read !== null && typeof read !== "string";
    });
    const label = cellText(cell);
    return holdsDates
      ? [{ line: columns.header + 1, reason: `column "${label || column + 1}" names no instrument in the catalog; its dates are left out` }]
      : [];
  });
}

/** Reads a matrix: a record for every state and treaty whose cell holds an act. */
export function importMatrix(table: Grid, columns: MatrixColumns, options: ImportOptions = {}): ImportResult {
  checkSize(table, "the table is empty");
  const grid = readCells(table);
  const body = grid.slice(columns.header + 1);
  const slashes = slashOrder(body.flatMap((row) => columns.treaties.map((t) => row[t.column])));
  const problems = unknownColumns(grid, columns, slashes);
  const records: ReferenceRecord[] = [];
  const source = options.source ?? "matrix";
  for (let r = columns.header + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const raw = cellText(row[columns.participant]);
    if (raw === "" || raw.length > MAX_CELL) continue;
    const who = participant(raw);
    let unknownReported = false;
    for (const treaty of columns.treaties) {
      const read = readCell(row[treaty.column], slashes);
      if (read === null) continue;
      if (typeof read === "string") {
        problems.push({ line: r + 1, reason: `${treaty.label}: ${read}` });
        continue;
      }
      if (!who.known && !unknownReported) {
        problems.push({ line: r + 1, reason: `"${who.written}" is not a state or organisation the tracker knows; kept as written` });
        unknownReported = true;
      }
      const note = noteOf([...who.footnotes, ...read.footnotes], who.bracketed);
      records.push({ actor: who.name, instrumentId: treaty.id, instrument: treaty.name, act: read.act, date: read.date, ...(note ? { note } : {}), source });
    }
  }
  const ids = columns.treaties.map((t) => t.id ?? t.label);
  return {
    records,
    problems: problems.sort((a, b) => a.line - b.line),
    instrumentId: null,
    instrument: `${ids.length} instruments (${ids.join(", ")})`,
    instruments: columns.treaties.map((t) => ({ id: t.id, name: t.name })),
    layout: "matrix (one column per treaty)",
  };
}
