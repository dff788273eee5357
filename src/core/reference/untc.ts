/**
 * Depositary status tables as users copy them from the UN Treaty Collection (or a secretariat's
 * list of parties) into Excel, or save as CSV/xlsx: a title line naming the instrument, a header
 * row (see columns.ts for the shapes read), then one row per participant or per act. Cells carry
 * footnote markers ("Germany1", "Bolivia (Plurinational State of)2,3", "16 Sep 2005 a 3") and
 * blanks; dates are "16 Sep 2005 a", "10 Apr 2003", "20/10/2016", or a date cell Excel already
 * converted. Also a plain long format (long.ts) and OHCHR's matrix (matrix.ts).
 */
import { resolveInstrument } from "../lexicon/resolve";
import { UnreadableCell } from "../tables/cells";
import { actOf } from "./acts";
import { findColumns, type Columns, type DatedColumn } from "./columns";
import { parseStatusDate, slashOrder, type SlashOrder } from "./dates";
import { noteOf } from "./footnotes";
import { cellText, checkSize, MAX_CELL, readCells, ReferenceImportError, UnknownLayoutError, type Grid } from "./grid";
import { importLongTable, isLongTable, DEFAULT_LONG_MAPPING } from "./long";
import { importMatrix, matrixColumns } from "./matrix";
import { mappedColumns, type ColumnMapping } from "./mapping";
import { joinWrappedNames } from "./wrappedNames";
import { participant, resolveGiven, type ImportOptions, type Participant } from "./participants";
import type { ImportProblem, ImportResult, RecordedAct, ReferenceRecord } from "./record";

export { ReferenceImportError, UnknownLayoutError, MAX_ROWS, type Grid } from "./grid";
export { parseStatusDate, slashOrder, type ParsedDate, type SlashOrder } from "./dates";
export { participant, type ImportOptions } from "./participants";
export { importLongTable, isLongTable, DEFAULT_LONG_MAPPING, type LongMapping } from "./long";
export type { ColumnMapping } from "./mapping";

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

/** A status table's columns: the user's mapping when given, else the header shapes; throws when neither finds one. */
function columnsOf(grid: Grid, mapping: ColumnMapping | undefined): Columns {
  const columns = mapping ? mappedColumns(grid, mapping) : findColumns(grid);
  if (!columns)
    throw new UnknownLayoutError(
      'no "Participant" column: the header row of a status table reads "Participant | Signature | Ratification, Accession(a), …"; copy it with the table, or give a column mapping (--columns in the command line, Map columns in the pane)',
    );
  if (columns.dated.length === 0)
    throw new UnknownLayoutError(
      columns.action !== null
        ? 'the header row has "Participant" and "Action" columns but no "Date of Notification/Deposit" column'
        : 'the header row has a "Participant" column but no "Signature" nor ratification/accession column',
    );
  return columns;
}

export interface StatusImportOptions extends ImportOptions {
  /** Which column holds what, for a layout the header shapes do not know (see mapping.ts). */
  columns?: ColumnMapping;
}

/** What one row of a status table gives: its records, and the problems of its line. */
interface RowContext {
  columns: Columns;
  slashes: SlashOrder;
  instrument: { id: string | null; name: string };
  source: string;
}

/** The act a dated cell is: its suffix, else the row's Action or status word (for a consent date), else the column's. */
function actOfCell(column: DatedColumn, suffixAct: RecordedAct | null, named: RecordedAct | null): RecordedAct {
  if (column.kind === "signature") return suffixAct === "succession" ? "succession" : column.act;
  return suffixAct ?? named ?? column.act;
}

function readRow(row: readonly unknown[], line: number, ctx: RowContext, records: ReferenceRecord[], problems: ImportProblem[]): void {
  const { columns } = ctx;
  if (row[columns.participant] instanceof UnreadableCell) {
    problems.push({ line, reason: `Participant: ${(row[columns.participant] as UnreadableCell).reason}` });
    return;
  }
  const raw = cellText(row[columns.participant]);
  const cells = columns.dated.map((d) => cellText(row[d.column]));
  if (raw === "" && cells.every((c) => c === "")) return;
  if (raw === "" || raw.length > MAX_CELL) {
    problems.push({ line, reason: raw === "" ? "a date with no participant" : "the participant cell is too long to be a name" });
    return;
  }
  const who = participant(raw);
  if (!who.known) problems.push({ line, reason: `"${who.written}" is not a state or organisation the tracker knows; kept as written` });
  // The act a row's consent date is, when the row says it: UNTC's Action column, or a list's status column.
  const named = columns.action ?? columns.status;
  const namedAct = named === null ? null : actOf(cellText(row[named]));
  if (columns.action !== null && !namedAct) {
    if (cellText(row[columns.action]) !== "") problems.push({ line, reason: `Action "${cellText(row[columns.action])}" is not an act the tracker records` });
    return;
  }
  const effect = columns.effect === null ? null : parseStatusDate(row[columns.effect], ctx.slashes);
  for (const column of columns.dated) {
    const parsed = parseStatusDate(row[column.column], ctx.slashes);
    if (parsed === null) continue;
    if (typeof parsed === "string") {
      problems.push({ line, reason: `${column.kind === "signature" ? "Signature" : "the consent column"}: ${parsed}` });
      continue;
    }
    const act = actOfCell(column, parsed.suffixAct, namedAct);
    records.push(
      recordOf(who, act, parsed.date, ctx, parsed.footnotes ?? [], act !== "signature" && effect && typeof effect !== "string" ? effect.date : null),
    );
  }
}

function recordOf(who: Participant, act: RecordedAct, date: string, ctx: RowContext, footnotes: readonly string[], effective: string | null): ReferenceRecord {
  const note = noteOf([...who.footnotes, ...footnotes], who.bracketed);
  return {
    actor: who.name,
    instrumentId: ctx.instrument.id,
    instrument: ctx.instrument.name,
    act,
    date,
    ...(effective ? { effective } : {}),
    ...(note ? { note } : {}),
    source: ctx.source,
  };
}

/** Reads a status table (UNTC's layouts, a list of parties, or any table with a column mapping); throws ReferenceImportError when it is not one. */
export function importStatusTable(table: Grid, options: StatusImportOptions = {}): ImportResult {
  checkSize(table, "the table is empty: copy the status table from its title line down to its last participant");
  const read = readCells(table);
  const columns = columnsOf(read, options.columns);
  const grid = joinWrappedNames(
    read,
    columns.firstData,
    columns.participant,
    columns.dated.map((d) => d.column),
  );
  const given = options.instrument?.trim() ? resolveGiven(options.instrument) : null;
  const instrument = given ?? titleInstrument(grid, columns.header);
  if (!instrument)
    throw new ReferenceImportError("the instrument is not named: give it (a catalog id, name or acronym), or copy the table with its title line");
  const body = grid.slice(columns.firstData);
  const dateColumns = [...columns.dated.map((d) => d.column), ...(columns.effect === null ? [] : [columns.effect])];
  const ctx: RowContext = {
    columns,
    slashes: slashOrder(body.flatMap((row) => dateColumns.map((c) => row[c]))),
    instrument,
    source: options.source ?? instrument.name,
  };
  const records: ReferenceRecord[] = [];
  const problems: ImportProblem[] = [];
  for (let r = columns.firstData; r < grid.length; r++) readRow(grid[r] ?? [], r + 1, ctx, records, problems);
  return { records, problems, instrumentId: instrument.id, instrument: instrument.name, layout: columns.layout };
}

/** A long table, OHCHR's matrix or a status table, as the header says; throws ReferenceImportError when it is none. */
export function importReferenceGrid(grid: Grid, instrument: string | null, source: string, columns?: ColumnMapping): ImportResult {
  const options = { instrument: instrument?.trim() || null, source };
  if (columns) return importStatusTable(grid, { ...options, columns });
  if (isLongTable(grid)) return importLongTable(grid, DEFAULT_LONG_MAPPING, options);
  const matrix = matrixColumns(grid);
  return matrix ? importMatrix(grid, matrix, options) : importStatusTable(grid, options);
}
