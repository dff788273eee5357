/**
 * A column mapping for a layout the header shapes do not know: which column holds the
 * participant, which the dates of which act. The command line's `--columns
 * participant=Country,ratification="Date deposited",signature=3` and the pane's mapping give one;
 * a column is named by its header (case and spacing aside) or by its number, counted from 1.
 */
import { type Columns, type DatedColumn, mergedHeader } from "./columns";
import { parseStatusDate } from "./dates";
import { cellText, ReferenceImportError, UnknownLayoutError, type Grid } from "./grid";
import type { RecordedAct } from "./record";

/** The roles a column can have; each dated role is the act a plain date in it is. */
export const COLUMN_ROLES = [
  "participant",
  "signature",
  "ratification",
  "acceptance",
  "approval",
  "accession",
  "succession",
  "definitive signature",
  "party",
  "action",
  "status",
  "date",
  "effect",
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Role → the column's header, or its number (1-based) as text. */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

const DATED_ROLES: readonly ColumnRole[] = [
  "signature",
  "ratification",
  "acceptance",
  "approval",
  "accession",
  "succession",
  "definitive signature",
  "party",
  "date",
];

const USAGE = 'say each column as role=header or role=number, separated by commas: participant=Country,ratification="Date deposited",signature=3';

/** The text cut at its commas, except those inside quotes: `a=1,b="x, y"` → `a=1`, `b="x, y"`. */
function pairsOf(text: string): string[] {
  const pairs: string[] = [];
  let quote: string | null = null;
  let current = "";
  for (const ch of text) {
    if (quote === null && ch === ",") {
      pairs.push(current);
      current = "";
      continue;
    }
    if (ch === '"' || ch === "'") quote = quote === null ? ch : quote === ch ? null : quote;
    current += ch;
  }
  pairs.push(current);
  return pairs.filter((p) => p.trim() !== "");
}

/** `participant=Country,ratification="Date deposited",signature=3` as a mapping; throws ReferenceImportError saying what is wrong. */
export function parseColumnMapping(text: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of pairsOf(text)) {
    const equals = pair.indexOf("=");
    if (equals < 0) throw new ReferenceImportError(`"${pair.trim()}" cannot be read; ${USAGE}`);
    const role = pair.slice(0, equals).trim().toLowerCase().replace(/\s+/gu, " ") as ColumnRole;
    const column = pair
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$|^'(.*)'$/u, "$1$2")
      .trim();
    if (!COLUMN_ROLES.includes(role))
      throw new ReferenceImportError(`"${pair.slice(0, equals).trim()}" is not a column role (${COLUMN_ROLES.join(", ")}); ${USAGE}`);
    if (column === "") throw new ReferenceImportError(`no column given for ${role}; ${USAGE}`);
    mapping[role] = column;
  }
  if (!mapping.participant) throw new ReferenceImportError(`the column mapping has no participant column; ${USAGE}`);
  if (!DATED_ROLES.some((r) => mapping[r]))
    throw new ReferenceImportError(`the column mapping has no column of dates (signature, ratification, accession, …); ${USAGE}`);
  return mapping;
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/gu, " ").trim();
const isNumber = (column: string) => /^\d{1,3}$/u.test(column);

/** The header row: the first row holding every header the mapping names; when it names columns by number only, the row above the first date. */
function headerRow(grid: Grid, named: readonly string[], dated: readonly number[]): { header: number; cells: string[]; firstData: number } | null {
  if (named.length > 0) {
    for (let r = 0; r < Math.min(grid.length, 60); r++) {
      const merged = mergedHeader(grid, r);
      if (named.every((h) => merged.cells.includes(fold(h)))) return { header: r, ...merged };
    }
    return null;
  }
  const firstDate = grid.findIndex((row) =>
    dated.some((c) => parseStatusDate(row[c], "day-first") !== null && typeof parseStatusDate(row[c], "day-first") !== "string"),
  );
  let header = firstDate < 0 ? -1 : firstDate - 1;
  while (header >= 0 && (grid[header] ?? []).every((c) => cellText(c) === "")) header--;
  return { header, cells: (grid[header] ?? []).map((c) => fold(cellText(c))), firstData: header + 1 };
}

/** The columns a mapping gives; throws ReferenceImportError naming a header it does not find. */
export function mappedColumns(grid: Grid, mapping: ColumnMapping): Columns {
  const roles = (Object.keys(mapping) as ColumnRole[]).filter((r) => mapping[r]);
  const named = roles.map((r) => mapping[r] as string).filter((c) => !isNumber(c));
  const numbered = roles.filter((r) => isNumber(mapping[r] as string) && DATED_ROLES.includes(r)).map((r) => Number(mapping[r]) - 1);
  const found = headerRow(grid, named, numbered);
  if (!found) {
    const first = (grid.find((row) => row.some((c) => cellText(c) !== "")) ?? []).map(cellText).filter(Boolean);
    throw new UnknownLayoutError(
      `no row holds every column the mapping names (${named.map((h) => `"${h}"`).join(", ")}); the first row reads: ${first.join(", ") || "nothing"}`,
    );
  }
  const at = (role: ColumnRole): number | null => {
    const column = mapping[role];
    if (!column) return null;
    return isNumber(column) ? Number(column) - 1 : found.cells.indexOf(fold(column));
  };
  const dated: DatedColumn[] = DATED_ROLES.filter((r) => at(r) !== null).map((r) => ({
    column: at(r) as number,
    kind: r === "signature" ? "signature" : "consent",
    act: (r === "date" ? "ratification" : r) as RecordedAct,
  }));
  return {
    header: found.header,
    firstData: found.firstData,
    participant: at("participant") as number,
    dated,
    action: at("action"),
    status: at("status"),
    effect: at("effect"),
    layout: "table read with the given column mapping",
  };
}

/** A column the user can map: its header (or its number when it has none or shares it), and how the pane lists it. */
export interface ColumnChoice {
  value: string;
  label: string;
}

/** The columns of a table to map: those of its first row with two cells or more (its header, as far as can be told). */
export function columnChoices(grid: Grid): ColumnChoice[] {
  const header = grid.slice(0, 60).find((row) => row.filter((c) => cellText(c) !== "").length >= 2) ?? [];
  const texts = header.map((c) => cellText(c));
  return texts.map((text, i) => ({
    value: text !== "" && texts.indexOf(text) === i && !isNumber(text) ? text : String(i + 1),
    label: `${i + 1}. ${text || "(no header)"}`,
  }));
}
