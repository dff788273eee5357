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

/** A string literal inside a formula: quotes doubled, wrapped in quotes. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/gu, '""')}"`;
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
  return { formula: `HYPERLINK(${formulaString(url)},${formulaString(label)})`, result: label };
}

/** The text a cell shows: a formula's cached result, or the value itself. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) return cell.result === undefined ? "" : String(cell.result);
  return String(cell);
}
