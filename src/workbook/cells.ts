/**
 * Cell values as the workbook layer passes them around, and the few formulas it writes.
 * Document text only ever reaches a formula inside a string literal, with quotes doubled.
 */

/** A formula cell; `result` is the value a file-based writer caches for viewers that do not recalculate. */
export interface FormulaCell {
  formula: string;
  result?: string | number;
}
export type Cell = string | number | boolean | null | FormulaCell;

export function isFormula(cell: Cell | undefined): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && typeof cell.formula === "string";
}

/** Excel caps a HYPERLINK's arguments and a cell's text; past these the writers fall back to text. */
export const MAX_LINK_ARGUMENT = 255;
export const MAX_CELL_TEXT = 32767;

/**
 * What XML 1.0 cannot carry (workbooks are XML): control characters other than tab, LF and CR,
 * U+FFFE, U+FFFF, and surrogates that are not part of a pair.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const XML_FORBIDDEN = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** The part of it that is not text at all: U+FFFE, U+FFFF and unpaired surrogates. */
const NOT_CHARACTERS = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

function replaceAll(s: string, pattern: RegExp): string {
  pattern.lastIndex = 0;
  return pattern.test(s) ? s.replace(pattern, "\uFFFD") : s;
}

/**
 * Text with every character XML 1.0 forbids replaced by U+FFFD (one UTF-16 unit for one, so
 * offsets still hold): for formulas, which have no escape for them.
 */
export function xmlSafe(s: string): string {
  return replaceAll(s, XML_FORBIDDEN);
}

/**
 * Text with U+FFFE, U+FFFF and unpaired surrogates replaced by U+FFFD, as both writers store
 * cell text: no workbook can hold them. Control characters are kept: Excel holds them and
 * writes them to its file escaped (`_x0001_`), as the file writer does (see xlsxStore.ts).
 */
export function cellSafe(s: string): string {
  return replaceAll(s, NOT_CHARACTERS);
}

/** A string literal inside a formula: quotes doubled, wrapped in quotes, characters XML forbids replaced. */
export function formulaString(s: string): string {
  return `"${xmlSafe(s).replace(/"/gu, '""')}"`;
}

/** A sheet name as a formula refers to it: quoted, with quotes doubled. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/gu, "''")}'`;
}

/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Only web addresses become links; anything else (javascript:, file:, mailto:) stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s"<>]+$/iu.test(url) && url.length <= MAX_LINK_ARGUMENT;
}

/** `=HYPERLINK(url, label)` for a web address, or the address as plain text when it cannot be one. */
export function webLink(url: string | null): Cell {
  if (!url) return null;
  if (!isWebUrl(url)) return url;
  const label = url.length > MAX_LINK_ARGUMENT ? url.slice(0, MAX_LINK_ARGUMENT) : url;
  return { formula: `HYPERLINK(${formulaString(url)},${formulaString(label)})`, result: xmlSafe(label) };
}

/** The text a cell shows: a formula's cached result, or the value itself. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) return cell.result === undefined ? "" : String(cell.result);
  return String(cell);
}
