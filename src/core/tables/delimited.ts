/**
 * Delimited text (CSV, TSV, a table pasted from a web page) into rows of cells, with papaparse:
 * the one reading of such text for the command line, the pane and its workers. Pure: no Node
 * API, no DOM.
 *
 * - The separator is found, not assumed: Excel writes CSV with `;` where the decimal mark is a
 *   comma (French, German, Spanish locales), a copied web table comes with tabs, and the rest
 *   with commas. See chooseDelimiter.
 * - Every line end is one: CRLF, LF and the lone CR of old Mac files, even mixed in one file.
 * - Quotes as RFC 4180 (and Excel) write them; a quote that never closes, or one followed by more
 *   text, is a DelimitedTextError naming the line: a misread table is worse than none.
 * - A byte-order mark is dropped; blank lines stay as rows of one empty cell (so row i is line
 *   i + 1 of the text, unless a quoted cell spans lines), trailing ones are dropped.
 */
import Papa from "papaparse";

export type Delimiter = "," | ";" | "\t";

/** How the text was written: "csv" (a .csv file: `,` or `;`), "tsv" (tabs only), or "auto" (a paste, a .txt: tabs first). */
export type DelimitedFormat = "auto" | "csv" | "tsv";

export interface DelimitedText {
  rows: string[][];
  /** The separator the rows were split on. */
  delimiter: Delimiter;
}

/** Text that cannot be read as a table; the message names the line and says what is wrong. */
export class DelimitedTextError extends Error {
  override name = "DelimitedTextError";
}

/** How a file's extension (lower case, with its dot) says its text is separated: .csv by `,` or `;`, .tsv by tabs, others (.txt, a paste) by what they hold. */
export function delimitedFormatOf(extension: string): DelimitedFormat {
  return extension === ".csv" ? "csv" : extension === ".tsv" ? "tsv" : "auto";
}

/** Candidates in order of preference when two fit equally well. */
const CANDIDATES: Readonly<Record<DelimitedFormat, readonly Delimiter[]>> = {
  auto: ["\t", ",", ";"],
  csv: [",", ";", "\t"],
  tsv: ["\t"],
};

/** Rows looked at to choose the separator: a status table's title, header and first participants; and at most this much text. */
const SAMPLE_ROWS = 50;
const SAMPLE_CHARS = 64 * 1024;

/** A status table is a few hundred rows, a checklist a few thousand: larger text is not one (and would only be slow to read). */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;

/** All line ends as "\n": one per line end, so line numbers are those of the text as written. */
function unifyLineEnds(text: string): string {
  return text.replace(/\r\n?/gu, "\n");
}

const OPTIONS = { newline: "\n", quoteChar: '"', escapeChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false } as const;

/**
 * The separator that splits the most sample rows into the same number of cells (at least two),
 * then the one giving more cells; the format's order breaks ties. papaparse's own guess wants
 * the most cells per row on average, which in a short `;` table whose title and header hold
 * commas ("Development, Production and Stockpiling", "Ratification, Acceptance(A), …") is the
 * comma's. Text with no separator at all is one column: the format's first candidate.
 */
export function chooseDelimiter(text: string, format: DelimitedFormat = "auto"): Delimiter {
  const candidates = CANDIDATES[format];
  let best = candidates[0] as Delimiter;
  let bestRows = 0;
  let bestCells = 0;
  for (const delimiter of candidates) {
    const counts = new Map<number, number>();
    // A cell cut at the sample's end is only a sample's problem: errors are not looked at here.
    for (const row of Papa.parse<string[]>(text.slice(0, SAMPLE_CHARS), { ...OPTIONS, delimiter, preview: SAMPLE_ROWS }).data)
      if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    for (const [cells, rows] of counts) {
      if (rows > bestRows || (rows === bestRows && cells > bestCells)) [best, bestRows, bestCells] = [delimiter, rows, cells];
    }
  }
  return best;
}

/** The line (1-based) of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The text's rows; throws DelimitedTextError for a quote that never closes or is followed by more text. */
export function parseDelimited(text: string, format: DelimitedFormat = "auto"): DelimitedText {
  const clean = unifyLineEnds(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const delimiter = chooseDelimiter(clean, format);
  // Row by row, stopping at the first misplaced quote: a hostile file of quotes makes one error, not millions.
  const rows: string[][] = [];
  let error: Papa.ParseError | undefined;
  Papa.parse<string[]>(clean, {
    ...OPTIONS,
    delimiter,
    step: (result, parser) => {
      error = result.errors.find((e) => e.type === "Quotes");
      if (error) parser.abort();
      else rows.push(result.data);
    },
  });
  if (error) {
    // papaparse gives the offset just after the opening quote of the field.
    const line = lineAt(clean, Math.max(0, (error.index ?? 1) - 1));
    throw new DelimitedTextError(
      error.code === "MissingQuotes"
        ? `a quoted field opened on line ${line} is never closed; close its quote, or double a quote that is part of the text ("")`
        : `a quoted field on line ${line} has text after its closing quote; double a quote that is part of the text ("")`,
    );
  }
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).every((c) => c.trim() === "")) rows.pop();
  return { rows, delimiter };
}
