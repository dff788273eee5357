/**
 * The timeline (issue 18): affirmed acts per year by level. One rule for the workbook's Timeline
 * sheet (whose native formulas count the same rows: see workbook/formulas.ts timelineFormula)
 * and for the pane's chart: a row counts when it is affirmed, not rejected, dated (the year is
 * the date's first four digits) and its action is at one of the levels below. Advocated acts
 * (calls on others, welcomes) are not acts of the state's own and are not counted.
 */
import { ACTIONS, type Action } from "../model";
import { levelOf, type StatusLevel } from "./status";

/** The timeline's series, in order: what a year's affirmed acts are counted as. */
export const TIMELINE_LEVELS = [
  { header: "Bound", levels: ["Bound"] },
  { header: "Signed", levels: ["Signed"] },
  { header: "Political", levels: ["Politically committed"] },
] as const satisfies ReadonlyArray<{ header: string; levels: readonly StatusLevel[] }>;

export type TimelineSeries = (typeof TIMELINE_LEVELS)[number]["header"];

/** The actions counted under a series' levels. */
export function timelineActions(levels: readonly StatusLevel[]): Action[] {
  return ACTIONS.filter((a) => levels.includes(levelOf(a)));
}

/**
 * One row as the timeline reads it: plain text, so that a Commitments table's cells and an
 * extraction's records are read alike (an unknown action or an empty date simply does not count).
 */
export interface TimelineAct {
  date: string | null;
  polarity: string;
  review: string;
  action: string;
}

export interface TimelineYear {
  year: number;
  /** counts[j]: the year's acts under TIMELINE_LEVELS[j]. */
  counts: number[];
}

/** The year of a date written YYYY, YYYY-MM or YYYY-MM-DD (its first four digits), else null. */
export function timelineYear(date: string | null): number | null {
  const m = date === null ? null : /^(\d{4})/u.exec(date);
  return m ? Number(m[1]) : null;
}

/** Affirmed and not rejected: the rows the timeline reads (dated or not). */
export function onTimeline(act: TimelineAct): boolean {
  return act.polarity === "affirmed" && act.review !== "Rejected";
}

/**
 * A row per year from the earliest to the latest year of an affirmed, unrejected, dated row
 * (whether or not its action is counted: an advocated act widens the span as it does on the
 * sheet), years without an act included with zeros so the axis is continuous; each year with its
 * counts per series. [] when no such row is dated.
 */
export function timelineCounts(acts: readonly TimelineAct[]): TimelineYear[] {
  const series = TIMELINE_LEVELS.map((s) => new Set<string>(timelineActions(s.levels)));
  const byYear = new Map<number, number[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const act of acts) {
    const year = timelineYear(act.date);
    if (year === null || !onTimeline(act)) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
    const j = series.findIndex((s) => s.has(act.action));
    if (j < 0) continue;
    const counts = byYear.get(year) ?? TIMELINE_LEVELS.map(() => 0);
    counts[j] = (counts[j] as number) + 1;
    byYear.set(year, counts);
  }
  const out: TimelineYear[] = [];
  for (let year = first; year <= last; year++) out.push({ year, counts: byYear.get(year) ?? TIMELINE_LEVELS.map(() => 0) });
  return out;
}
