/**
 * Depositary status tables in the pane (pure apart from File reading): a table pasted from the
 * UN Treaty Collection's page (tab-separated lines) or as CSV text, or a picked .csv, .tsv, .txt
 * or .xlsx file, read into a grid, then imported by the core as a UNTC-layout table or a long one
 * (actor, instrument, action, date), as the command line's `reference import` does.
 */
// The core's table reading and src/documents' decoding are the command line's too: a file reads the same in both.
import { decodeText, extensionOf } from "../../documents";
import {
  columnChoices,
  delimitedFormatOf,
  DelimitedTextError,
  importReferenceGrid,
  isLongTable,
  MAX_TABLE_BYTES,
  parseTableText,
  ReferenceImportError,
  UnknownLayoutError,
  type ColumnChoice,
  type ColumnMapping,
  type DelimitedFormat,
  type ImportResult,
} from "../../core";
import type { MergeSummary } from "../../workbook/merge";

export { ReferenceImportError };

/** The table files the pane reads, as the command line does. */
export const TABLE_EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx"] as const;
export const TABLE_ACCEPT = TABLE_EXTENSIONS.join(",");

/** A status table is a few hundred rows; a larger file is not one (the command line's limit too). */
export { MAX_TABLE_BYTES };

/** A grid's cells: strings from text, strings, numbers or dates from an .xlsx. */
export type TableGrid = unknown[][];

/**
 * Pasted or picked text as rows (the core's parseTableText): tab-separated lines as a browser
 * copies a web page's table, CSV with `,` or `;` (Excel's in French, German, Spanish), or plain
 * text drawn with rules (`|`, `¦`, box-drawing) as older copies and PDFs give it; any
 * line ends. Trailing blank lines are not rows; inner ones keep their place so lines number as pasted.
 */
export function gridFromText(text: string, format: DelimitedFormat = "auto"): TableGrid {
  try {
    return parseTableText(text, format);
  } catch (error) {
    if (error instanceof DelimitedTextError) throw new ReferenceImportError(`the CSV text cannot be read: ${error.message}`);
    throw error;
  }
}

export { isLongTable };

/** A long table, a matrix or a status table (the core's reading, as the CLI's), or any table with a column mapping. */
export function importGrid(grid: TableGrid, instrument: string | null, source: string, columns?: ColumnMapping): ImportResult {
  return importReferenceGrid(grid, instrument, source, columns);
}

/** A pasted table: throws ReferenceImportError for an empty paste or a table that is not one. */
export function importPastedTable(text: string, instrument: string | null, source = "pasted table"): ImportResult {
  if (text.trim() === "")
    throw new ReferenceImportError("nothing is pasted: copy the status table from its title line down to its last participant, paste it, then import");
  return importGrid(gridFromText(text), instrument, source);
}

/** Reads an .xlsx's first sheet into a grid (exceljs, loaded on first use). */
export type XlsxReader = (bytes: ArrayBuffer) => Promise<TableGrid>;

/** A picked table file's grid; throws ReferenceImportError naming the file when it cannot be read. */
export async function tableFileGrid(file: Pick<File, "name" | "size" | "arrayBuffer">, readXlsx: XlsxReader): Promise<TableGrid> {
  const ext = extensionOf(file.name);
  if (!(TABLE_EXTENSIONS as readonly string[]).includes(ext))
    throw new ReferenceImportError(`${file.name}: a status table is a .csv, .tsv, .txt (tab-separated) or .xlsx file`);
  if (file.size > MAX_TABLE_BYTES)
    throw new ReferenceImportError(`${file.name} is larger than ${MAX_TABLE_BYTES / 1024 / 1024} MB; a status table is much smaller`);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    throw new ReferenceImportError(`${file.name} could not be read (${(error as Error).message})`);
  }
  if (ext === ".xlsx") {
    try {
      return await readXlsx(bytes);
    } catch (error) {
      throw new ReferenceImportError(`${file.name} is not an .xlsx workbook that can be read (${(error as Error).message})`);
    }
  }
  // The command line's bytes-to-text function (src/documents), so that a Windows-1252 or UTF-16 table reads the same in both.
  const text = decodeText(new Uint8Array(bytes));
  try {
    return gridFromText(text, delimitedFormatOf(ext));
  } catch (error) {
    if (error instanceof ReferenceImportError) throw new ReferenceImportError(`${file.name}: ${error.message}`);
    throw error;
  }
}

/** A picked file, imported. */
export async function importTableFile(
  file: Pick<File, "name" | "size" | "arrayBuffer">,
  instrument: string | null,
  readXlsx: XlsxReader,
): Promise<ImportResult> {
  return importGrid(await tableFileGrid(file, readXlsx), instrument, file.name);
}

/** The key under which a table is kept: a new import of the same instrument replaces the earlier one. */
export function referenceKey(result: Pick<ImportResult, "instrumentId" | "instrument">): string {
  return result.instrumentId ?? `~${result.instrument.trim().toLowerCase()}`;
}

/** The imported tables with `result` added, replacing an earlier import of the same instrument in its place. */
export function withReference(list: readonly ImportResult[], result: ImportResult): ImportResult[] {
  const key = referenceKey(result);
  const at = list.findIndex((r) => referenceKey(r) === key);
  if (at < 0) return [...list, result];
  return list.map((r, i) => (i === at ? result : r));
}

export function withoutReference(list: readonly ImportResult[], key: string): ImportResult[] {
  return list.filter((r) => referenceKey(r) !== key);
}

const plural = (n: number, word: string, words = `${word}s`) => `${n.toLocaleString("en")} ${n === 1 ? word : words}`;

/** "4 recorded acts of 2 participants read; 1 row to check." */
export function describeImport(result: ImportResult): string {
  const participants = new Set(result.records.map((r) => r.actor)).size;
  const check = result.problems.length === 0 ? "every row read." : `${plural(result.problems.length, "row")} to check (listed below).`;
  return `${plural(result.records.length, "recorded act")} of ${plural(participants, "participant")} read; ${check}`;
}

/** Rows a preview draws at most: a full status table fits; a huge one stays quick to show. */
export const PREVIEW_LIMIT = 500;

/** The rows a preview lists: participant, act, date, in the table's order (the first `limit`). */
export function previewRows(result: ImportResult, limit = PREVIEW_LIMIT): { key: string; participant: string; act: string; date: string }[] {
  return result.records.slice(0, limit).map((r, i) => ({ key: `${i}`, participant: r.actor, act: r.act, date: r.date }));
}

/** Several tables' write summaries, added up. */
export function addSummaries(summaries: readonly MergeSummary[]): MergeSummary {
  const total = { added: 0, updated: 0, unchanged: 0, kept: 0, cleared: 0 };
  for (const s of summaries) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
  return total;
}

/** What the user asked to import: the pasted text, or a picked file; with the optional instrument, and a column mapping for a layout the import does not know. */
export type ImportRequest = (
  { kind: "paste"; text: string; instrument: string } | { kind: "file"; file: Pick<File, "name" | "size" | "arrayBuffer">; instrument: string }
) & { columns?: ColumnMapping };

/**
 * The last import, as the pane shows it: the table read (its rows previewed, its problems listed),
 * or why it could not be; `kept` when its records were added to the imported tables.
 */
export interface ImportOutcome {
  /** A new number per import: the pane moves focus to each new outcome's message. */
  id: number;
  /** "pasted table" or the file's name. */
  source: string;
  result: ImportResult | null;
  /** Why nothing was imported; null when the table was. */
  error: string | null;
  /** A layout the import does not know: the table's columns, and the request to run again with the user's mapping of them. */
  mapping?: { choices: ColumnChoice[]; request: ImportRequest };
}

/** An error message as a sentence: capitalised (unless it starts with a file's name), ending with a full stop. */
export function sentence(message: string, name = ""): string {
  const text = message.trim();
  const start = name !== "" && text.startsWith(name) ? text.charAt(0) : text.charAt(0).toUpperCase();
  return `${start}${text.slice(1)}${/[.!?]$/u.test(text) ? "" : "."}`;
}

/** Runs one import: never throws; a table that is not one, or has no readable act, is an outcome with an error. */
export async function runImport(request: ImportRequest, id: number, readXlsx: XlsxReader): Promise<ImportOutcome> {
  const source = request.kind === "paste" ? "pasted table" : request.file.name;
  const instrument = request.instrument.trim() || null;
  let grid: TableGrid = [];
  try {
    if (request.kind === "paste" && request.text.trim() === "")
      throw new ReferenceImportError("nothing is pasted: copy the status table from its title line down to its last participant, paste it, then import");
    grid = request.kind === "paste" ? gridFromText(request.text) : await tableFileGrid(request.file, readXlsx);
    const result = importGrid(grid, instrument, source, request.columns);
    const error =
      result.records.length === 0
        ? "No participant's act could be read from it, so nothing was imported. Check the rows listed below, or that the copy includes the dates."
        : null;
    return { id, source, result, error };
  } catch (error) {
    if (error instanceof UnknownLayoutError)
      return { id, source, result: null, error: sentence(error.message, source), mapping: { choices: columnChoices(grid), request } };
    if (error instanceof ReferenceImportError) return { id, source, result: null, error: sentence(error.message, source) };
    return { id, source, result: null, error: `It could not be read (${(error as Error).message}).` };
  }
}
