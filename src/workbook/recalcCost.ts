/**
 * What one full recalculation of a workbook hands its CT functions, counted from the formulas
 * themselves, as Excel does it: every call gets its own copy of every range argument, so a
 * whole-table or column-span argument costs all its cells for every call, and a cell of the same
 * row ([@Actor], Table[[#This Row],[Actor]]) costs one. Formulas that call no CT function (INDEX
 * into a spill, HYPERLINK) hand the functions nothing.
 */

/** A table as the cost model needs it: its body rows and its headers, in order. */
export interface TableShape {
  rows: number;
  headers: readonly string[];
}

const CT_CALL = /(?:\bCT\.|_xldudf_CT_)([A-Z]+)\(/gu;
/** A structured reference: `Table[...]` with one level of nested brackets. */
const STRUCTURED = /(?<![\w.])([A-Za-z_][\w.]*)\[((?:[^[\]]|\[[^[\]]*\])*)\]/gu;
/** `[@Actor]`, `[@[Instrument ID]]`: a cell of this row. */
const THIS_ROW_SHORT = /\[@/u;

/** The argument text of the call whose "(" is at `open` (to its matching ")"), in a formula whose literals are blanked. */
function argumentsAt(formula: string, open: number): string {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const c = formula[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return formula.slice(open + 1, i);
  }
  return formula.slice(open + 1);
}

/** The unescaped column names of a structured reference's body: "[#All],[ID]:[Review]" → ["ID", "Review"]. */
function columnsOf(body: string): { all: boolean; thisRow: boolean; columns: string[] } {
  const parts = [...body.matchAll(/\[((?:[^[\]']|'.)*)\]/gu)].map((m) => (m[1] as string).replace(/'(.)/gu, "$1"));
  const single = parts.length === 0 ? [body.replace(/'(.)/gu, "$1")] : parts;
  const all = single.some((p) => p === "#All" || p === "#Data" || p === "#Headers");
  const thisRow = single.some((p) => p === "#This Row");
  return { all, thisRow, columns: single.filter((p) => !p.startsWith("#")) };
}

/** Cells one range reference covers. */
function referenceCells(table: TableShape, body: string): number {
  const { all, thisRow, columns } = columnsOf(body);
  let width = table.headers.length;
  if (columns.length === 1) width = 1;
  else if (columns.length === 2) {
    const a = table.headers.indexOf(columns[0] as string);
    const b = table.headers.indexOf(columns[1] as string);
    width = a >= 0 && b >= 0 ? Math.abs(b - a) + 1 : table.headers.length;
  }
  if (thisRow) return width;
  const header = all || body.includes("#Headers") ? 1 : 0;
  return width * (table.rows + header);
}

/** Cells the CT calls of one formula are handed each time it calculates. */
export function formulaCells(written: string, tables: Readonly<Record<string, TableShape>>): number {
  // String literals ("CT.GAPS(…)" as text) are blanked out, keeping offsets.
  const formula = written.replace(/"(?:[^"]|"")*"/gu, (s) => `"${" ".repeat(s.length - 2)}"`);
  let cells = 0;
  CT_CALL.lastIndex = 0;
  for (let m = CT_CALL.exec(formula); m !== null; m = CT_CALL.exec(formula)) {
    const args = argumentsAt(formula, m.index + m[0].length - 1);
    if (THIS_ROW_SHORT.test(args)) cells += (args.match(/\[@/gu) ?? []).length;
    STRUCTURED.lastIndex = 0;
    for (let r = STRUCTURED.exec(args); r !== null; r = STRUCTURED.exec(args)) {
      const table = tables[r[1] as string];
      if (table) cells += referenceCells(table, r[2] as string);
    }
  }
  return cells;
}

/** Cells a full recalculation hands the CT functions: every formula cell, each calculated once. */
export function recalcCells(formulas: Iterable<string>, tables: Readonly<Record<string, TableShape>>): number {
  let total = 0;
  for (const f of formulas) total += formulaCells(f, tables);
  return total;
}
