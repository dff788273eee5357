/**
 * Names wrapped over two lines, as plain-text and PDF copies of status tables give long ones:
 * "Bolivia (Plurinational" / "State of)2,3", "United Kingdom of Great Britain and" / "Northern
 * Ireland". A row is a name's first part when its name is left unfinished (a bracket left open,
 * or a last word that joins: "and", "of", "the", a hyphen) and it has no date of its own; the
 * next row's name is its end. The two are read as one row, on the second row's line; the first
 * row is left blank, so that lines keep their numbers.
 */
import { cellText, type Grid } from "./grid";

const JOINING_WORDS = new Set(["and", "of", "the", "for", "-"]);

/** Whether a name stops before its end: an open bracket, or a joining last word. */
function unfinished(name: string): boolean {
  const open = [...name].filter((ch) => ch === "(").length > [...name].filter((ch) => ch === ")").length;
  const last = name.split(" ").pop() ?? "";
  return open || JOINING_WORDS.has(last.toLowerCase()) || name.endsWith("-");
}

/** The grid with wrapped names joined; rows from `first` on, the participant in column `participant`, dates in `dated`. */
export function joinWrappedNames(grid: Grid, first: number, participant: number, dated: readonly number[]): Grid {
  const rows = grid.map((row) => [...row]);
  for (let r = first; r + 1 < rows.length; r++) {
    const row = rows[r] as unknown[];
    const next = rows[r + 1] as unknown[];
    const name = cellText(row[participant]);
    const rest = cellText(next[participant]);
    if (name === "" || rest === "" || !unfinished(name) || dated.some((c) => cellText(row[c]) !== "")) continue;
    next[participant] = name.endsWith("-") ? `${name}${rest}` : `${name} ${rest}`;
    rows[r] = [];
  }
  return rows;
}
